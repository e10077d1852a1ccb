import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readSnapshots } from './read-snapshots.ts';
import { pullSnapshot, snapshotText } from './snapshot.ts';

function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'margo-snapshots-'));
	mkdirSync(join(root, 'content/decisions/github'), { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content/decisions/github', name), text);
	return root;
}

test('reads nothing, and reports nothing, when there is no snapshot', () => {
	const { snapshots, problems } = readSnapshots(mkdtempSync(join(tmpdir(), 'margo-snapshots-')));
	expect([snapshots.trackers.size, snapshots.pulls.size, problems]).toEqual([0, 0, []]);
});

test('reads pull requests by number', () => {
	const pull = pullSnapshot('o/r', { number: 919, title: 'p', state: 'open', merged: false, url: 'https://github.com/o/r/pull/919' }, []);
	const { snapshots, problems } = readSnapshots(project({ 'pull-919.json': snapshotText(pull) }));
	expect(problems).toEqual([]);
	expect(snapshots.pulls.get(919)).toEqual(pull);
});

test('reports a hand-broken snapshot at its file and JSON pointer, with how to restore it', () => {
	const { problems } = readSnapshots(
		project({
			'dt-001.json': '{ "tracker": ',
			'pull-919.json': JSON.stringify({
				$comment: '',
				repository: 'o/r',
				pullRequest: { number: 919, title: 'p', state: 'merged', merged: true, url: 'x' },
				reviews: [],
			}),
		}),
	);
	expect(problems.map((p) => `${p.file} ${p.path ?? ''}: ${p.message}`)).toEqual([
		expect.stringMatching(/^content\/decisions\/github\/dt-001.json : not valid JSON: /),
		'content/decisions/github/pull-919.json /pullRequest/state: Invalid option: expected one of "open"|"closed"',
		'content/decisions/github/pull-919.json /pullRequest/url: Invalid URL',
	]);
	expect(problems[0]?.hint).toBe(
		'the file is written by `npm run decisions:sync`; run it again (or restore the file with git) instead of editing it',
	);
});

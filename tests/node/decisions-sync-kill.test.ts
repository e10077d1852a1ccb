import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readSnapshots } from '../../src/features/decisions/github/read-snapshots.ts';
import { gitHubComment } from '../support/github-data.ts';
import { scratchCopy, useGitHubScenario } from '../support/github-scenario.ts';
import { projectRoot } from '../support/run-astro.ts';

/**
 * A sync killed with SIGKILL before each of its renames (the steps that change what a reader
 * sees) leaves a snapshot that is wholly the old one or wholly the new one, as the build reads it.
 */
const scenario = useGitHubScenario();

/** The sync in a child process (the fake GitHub answers from this one, so not `spawnSync`). */
function killedSync(root: string, atRename: number): Promise<{ status: number | null; signal: NodeJS.Signals | null }> {
	const child = spawn(
		process.execPath,
		[
			'--import',
			join(projectRoot, 'tests/support/kill-at-rename.mjs'),
			join(projectRoot, 'src/features/decisions/github/sync/sync-cli.ts'),
		],
		{
			env: {
				PATH: process.env['PATH'],
				MARGO_ROOT: root,
				GITHUB_API_URL: scenario.github.url,
				GITHUB_TOKEN: 'test-token',
				MARGO_REPOSITORY: 'https://github.com/margo/specification',
				MARGO_TEST_KILL_AT_RENAME: String(atRename),
			},
			stdio: 'ignore',
		},
	);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (status, signal) => resolve({ status, signal }));
	});
}

const seen = (root: string) => {
	const { snapshots, problems } = readSnapshots(root);
	return { trackers: [...snapshots.trackers], pulls: [...snapshots.pulls], problems };
};

test('leaves the old snapshot or the new one, never a mix, when killed before any rename', async () => {
	await scenario.sync();
	const old = seen(scenario.root);
	const oldFolder = join(scenario.root, 'content/decisions/github');
	// Every snapshot file changes: a comment on each issue, a new title on each pull request.
	scenario.data.issues[42]!.comments.push(gitHubComment(42, 11, 'gracehopper', '/reject Too late.', '2024-09-05T10:00:00Z'));
	scenario.data.issues[43]!.issue['title'] = 'Renamed';
	scenario.data.pulls[919]!.pull['title'] = 'Renamed';
	scenario.data.pulls[920]!.pull['title'] = 'Renamed';
	const fresh = scratchCopy();
	expect((await killedSync(fresh, 0)).status).toBe(0);
	const updated = seen(fresh);
	expect(updated).not.toEqual(old);
	const outcomes: string[] = [];
	for (let at = 1; at <= 3; at++) {
		const root = scratchCopy();
		cpSync(oldFolder, join(root, 'content/decisions/github'), { recursive: true });
		const run = await killedSync(root, at);
		const after = seen(root);
		const which =
			JSON.stringify(after) === JSON.stringify(old) ? 'old' : JSON.stringify(after) === JSON.stringify(updated) ? 'new' : 'mixed';
		outcomes.push(`${run.signal === 'SIGKILL' ? 'killed' : 'finished'}: ${which}`);
	}
	expect(outcomes).not.toContain('killed: mixed');
	expect(outcomes).not.toContain('finished: mixed');
	expect(outcomes).toContain('killed: new');
}, 60_000);

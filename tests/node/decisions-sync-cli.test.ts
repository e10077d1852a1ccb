import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { SNAPSHOT_FOLDER } from '../../src/features/decisions/github/snapshot.ts';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.ts';
import { GITHUB_FIXTURE, githubScenario, scratchCopy } from '../support/github-scenario.ts';
import { projectRoot } from '../support/run-astro.ts';

let github: FakeGitHub;
let root: string;

beforeEach(async () => {
	github = await startFakeGitHub(githubScenario());
	root = scratchCopy();
});
afterEach(() => github.close());

/** `npm run decisions:sync`'s command, in a child process pointed at the fake and the scratch copy. */
function runSync(): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(projectRoot, 'src/features/decisions/github/sync/sync-cli.ts')], {
			env: {
				PATH: process.env['PATH'],
				MARGO_ROOT: root,
				GITHUB_API_URL: github.url,
				GITHUB_TOKEN: 'test-token',
				MARGO_REPOSITORY: 'https://github.com/margo/specification',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) =>
			resolve({
				code: code ?? 1,
				stdout: stdout.replaceAll(github.url, 'http://fake'),
				stderr: stderr.replaceAll(github.url, 'http://fake'),
			}),
		);
	});
}

const snapshot = (base: string) => {
	const folder = join(base, 'content/decisions/github');
	return Object.fromEntries(
		readdirSync(folder)
			.sort()
			.map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
	);
};

test('is wired as the npm script decisions:sync', () => {
	const { scripts } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
	expect(scripts['decisions:sync']).toBe('node src/features/decisions/github/sync/sync-cli.ts');
});

test('writes the snapshot committed in the github-sync fixture, and says what changed per tracker', async () => {
	const first = await runSync();
	expect(first.stderr).toBe('');
	expect(first.code).toBe(0);
	expect(first.stdout).toContain(
		'decisions:sync from margo/specification at http://fake\n- DT-001 ← issue #42: new snapshot: 9 new commands',
	);
	// The fixture's snapshot is this command's output, so the build test shows what a sync writes.
	// After changing the scenario, UPDATE_GITHUB_FIXTURE=1 copies the new output into the fixture.
	if (process.env['UPDATE_GITHUB_FIXTURE']) {
		cpSync(join(root, SNAPSHOT_FOLDER), join(GITHUB_FIXTURE, SNAPSHOT_FOLDER), { recursive: true });
	}
	expect(snapshot(root)).toEqual(snapshot(GITHUB_FIXTURE));
	const second = await runSync();
	expect(second.stdout).toMatchInlineSnapshot(`
		"decisions:sync from margo/specification at http://fake
		- DT-001 ← issue #42: unchanged
		- DT-002 ← issue #43: unchanged
		- pull request #919: unchanged
		- pull request #920: unchanged
		- not linked to an issue (no \`issue:\`): DT-003
		Nothing changed.
		"
	`);
});

test('exits with 1 and a message naming the tracker and the request when GitHub refuses, writing nothing', async () => {
	await runSync();
	const before = snapshot(root);
	github.use(
		http.get('*/repos/margo/specification/issues/43/comments', () => HttpResponse.json({ message: 'Bad credentials' }, { status: 401 })),
	);
	const result = await runSync();
	expect(result.code).toBe(1);
	expect(result.stdout).toBe('');
	expect(result.stderr).toMatchInlineSnapshot(`
		"decisions:sync stopped: DT-002: GET http://fake/repos/margo/specification/issues/43/comments?per_page=100 failed: GitHub answered 401 Unauthorized: Bad credentials
		  fix: GITHUB_TOKEN is wrong or expired: set a valid token, or unset it to read a public repository anonymously
		Nothing was written: every file under content/decisions/github/ is as it was.
		"
	`);
	expect(snapshot(root)).toEqual(before);
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpResponse, http } from 'msw';
import { expect, test } from 'vitest';
import { createGitHubClient } from '../../src/features/decisions/github/sync/client.ts';
import { formatSyncResult } from '../../src/features/decisions/github/sync/sync-report.ts';
import { ProblemReportError } from '../../src/shared/problems.ts';
import { gitHubComment, gitHubReview } from '../support/github-data.ts';
import { useGitHubScenario } from '../support/github-scenario.ts';

const scenario = useGitHubScenario();
const { settings, sync, folder, snapshotFiles } = scenario;
const json = (name: string) => JSON.parse(readFileSync(join(folder(), name), 'utf8'));

test('reads every page of comments and writes one snapshot per tracker and pull request', async () => {
	const result = await sync();
	expect(formatSyncResult(result, 'the fake')).toMatchInlineSnapshot(`
		"decisions:sync from the fake
		- DT-001 ← issue #42: new snapshot: 9 new commands (@ivan-p /reject, @gracehopper /approve, @ada-lovelace /approve, @mallory /approve (not an approver), @Ada-Lovelace /reject, @random-dev /reject (not an approver), @ghost /approve (not an approver), @ivan-p /approve, @irene-a /approve) (content/decisions/github/dt-001.json)
		- DT-002 ← issue #43: new snapshot: 1 new command (@gracehopper /abstain) (content/decisions/github/dt-002.json)
		- pull request #919: new snapshot: 8 new reviews (@ivan-p COMMENTED, @ada-lovelace COMMENTED, @Ada-Lovelace APPROVED, @gracehopper CHANGES_REQUESTED, @ivan-p DISMISSED, @mallory APPROVED, @ada-lovelace COMMENTED, @irene-a PENDING) (content/decisions/github/pull-919.json)
		- pull request #920: new snapshot (content/decisions/github/pull-920.json)
		- not linked to an issue (no \`issue:\`): DT-003
		Wrote 4 files, removed 0."
	`);
	expect(Object.keys(snapshotFiles())).toEqual(['dt-001.json', 'dt-002.json', 'pull-919.json', 'pull-920.json']);
	const comments = scenario.github.requests.filter((r) => r.path.includes('/issues/42/comments'));
	expect(comments.map((r) => r.path)).toEqual([
		'/repos/margo/specification/issues/42/comments?per_page=100',
		'/repos/margo/specification/issues/42/comments?per_page=100&page=2',
	]);
	expect(scenario.github.requests.every((r) => r.authorization === 'token test-token')).toBe(true);
	// Pull request 919 is linked by two trackers and read once.
	expect(scenario.github.requests.filter((r) => r.path === '/repos/margo/specification/pulls/919')).toHaveLength(1);
	const tracker = json('dt-001.json');
	expect(tracker.issue).toEqual({
		number: 42,
		title: 'DT-001: A tracker answered on GitHub',
		state: 'open',
		url: 'https://github.com/margo/specification/issues/42',
		labels: ['api', 'decision-tracker'],
		createdAt: '2024-08-20T09:00:00Z',
		closedAt: null,
	});
	expect(tracker.commands.at(-1)).toEqual({
		id: 9,
		author: 'irene-a',
		url: 'https://github.com/margo/specification/issues/42#issuecomment-9',
		createdAt: '2024-08-31T10:00:00Z',
		updatedAt: '2024-08-31T10:00:00Z',
		body: '/approve <script>alert(1)</script> [docs](javascript:alert(1))',
	});
	expect(json('pull-920.json').pullRequest).toEqual({
		number: 920,
		title: 'Pull request 920',
		state: 'closed',
		merged: true,
		url: 'https://github.com/margo/specification/pull/920',
	});
});

test('sends no token when none is set', async () => {
	await sync({ token: undefined });
	expect(scenario.github.requests.map((r) => r.authorization)).toEqual(scenario.github.requests.map(() => undefined));
});

test('writes the same bytes, and says nothing changed, when GitHub has nothing new', async () => {
	await sync();
	const before = snapshotFiles();
	const again = await sync();
	expect(snapshotFiles()).toEqual(before);
	expect(again.files.map((f) => f.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
	expect(formatSyncResult(again, 'x').split('\n').at(-1)).toBe('Nothing changed.');
});

test('says per tracker what changed: new, edited and removed commands, issue state, reviews', async () => {
	await sync();
	const issue42 = scenario.data.issues[42]!;
	issue42.comments.push(gitHubComment(42, 10, 'gracehopper', '/abstain', '2024-09-01T10:00:00Z'));
	issue42.comments = issue42.comments
		.map((c) =>
			c['id'] === 2 ? gitHubComment(42, 2, 'ada-lovelace', '/abstain changed my mind', '2024-08-23T10:00:00Z', '2024-09-02T10:00:00Z') : c,
		)
		.filter((c) => c['id'] !== 6);
	scenario.data.issues[43]!.issue['state'] = 'open';
	scenario.data.pulls[919]!.reviews.push(gitHubReview(919, 39, 'gracehopper', 'APPROVED', 'Split, thanks.', '2024-09-03T10:00:00Z'));
	scenario.data.pulls[919]!.reviews = scenario.data.pulls[919]!.reviews.map((r) => (r['id'] === 32 ? { ...r, state: 'DISMISSED' } : r));
	const result = await sync();
	expect(formatSyncResult(result, 'the fake')).toMatchInlineSnapshot(`
		"decisions:sync from the fake
		- DT-001 ← issue #42: changed: 1 new command (@gracehopper /abstain); 1 edited command (@ada-lovelace /abstain); 1 command removed (@mallory /approve (not an approver)) (content/decisions/github/dt-001.json)
		- DT-002 ← issue #43: changed: issue reopened (content/decisions/github/dt-002.json)
		- pull request #919: changed: 1 new review (@gracehopper APPROVED); 1 changed review (@Ada-Lovelace DISMISSED) (content/decisions/github/pull-919.json)
		- pull request #920: unchanged
		- not linked to an issue (no \`issue:\`): DT-003
		Wrote 3 files, removed 0."
	`);
});

test('removes the snapshot of a tracker no longer linked, and of a pull request no tracker names', async () => {
	await sync();
	const file = join(scenario.root, 'content/decisions/dt-002-closed-issue.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace('issue: 43\npullRequests: [919, 920]\n', ''));
	const result = await sync();
	expect(result.removed).toEqual(['content/decisions/github/dt-002.json', 'content/decisions/github/pull-920.json']);
	expect(Object.keys(snapshotFiles())).toEqual(['dt-001.json', 'pull-919.json']);
});

test('refuses to sync trackers with problems, naming the file and line', async () => {
	const file = join(scenario.root, 'content/decisions/dt-002-closed-issue.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace('issue: 43', 'issue: -43'));
	const error = await sync().catch((e: unknown) => e);
	expect(error).toBeInstanceOf(ProblemReportError);
	expect((error as Error).message).toContain(
		"content/decisions/dt-002-closed-issue.md:8:1: issue: expected the number of the tracker's GitHub issue, a positive whole number like `42` [decision/invalid-field]",
	);
	expect(existsSync(folder())).toBe(false);
	expect(scenario.github.requests).toEqual([]);
});

test('builds its client from the settings: base URL and timeout', async () => {
	scenario.github.use(http.get('*/rate_limit', () => HttpResponse.json({ resources: {} })));
	const client = createGitHubClient(settings());
	const response = await client.request('GET /rate_limit');
	expect(response.url).toBe(`${scenario.github.url}/rate_limit`);
});

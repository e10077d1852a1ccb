import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpResponse, http } from 'msw';
import { afterEach, expect, test } from 'vitest';
import { formatSyncResult } from '../../src/features/decisions/github/sync/sync-report.ts';
import { SyncError } from '../../src/features/decisions/github/sync/sync.ts';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.ts';
import { gitHubComment } from '../support/github-data.ts';
import { useGitHubScenario } from '../support/github-scenario.ts';

/**
 * What GitHub (or whatever answers at GITHUB_API_URL) says is not trusted: its addresses must be
 * on the GitHub host, look-alike logins count for no approver, and neither a `Link` header nor a
 * redirect takes the sync (and its token) to another host.
 */
const scenario = useGitHubScenario();
const { sync, snapshotFiles } = scenario;
let elsewhere: FakeGitHub | undefined;
afterEach(() => elsewhere?.close());

const fake = (text: string) => text.replaceAll(scenario.github.url, 'http://fake').replaceAll(elsewhere?.url ?? '\0', 'http://elsewhere');

test('stops at a comment whose html_url is a javascript: address, and writes nothing', async () => {
	await sync();
	const before = snapshotFiles();
	const comment = gitHubComment(42, 12, 'gracehopper', '/approve', '2024-09-05T10:00:00Z');
	scenario.data.issues[42]!.comments.push({ ...comment, html_url: 'javascript:alert(document.domain)' });
	const error = await sync().catch((e: unknown) => e);
	expect(error).toBeInstanceOf(SyncError);
	expect(fake((error as Error).message)).toMatchInlineSnapshot(`
		"DT-001: GET http://fake/repos/margo/specification/issues/42/comments?per_page=100&page=2 failed: the answer is not the JSON GitHub sends: at /14/html_url: "javascript:alert(document.domain)" is not an address on https://github.com
		  fix: check that GITHUB_API_URL points at GitHub's REST API (for GitHub Enterprise: https://HOST/api/v3)"
	`);
	expect(snapshotFiles()).toEqual(before);
});

test('stops at a pull request whose html_url is on another host', async () => {
	scenario.data.pulls[919]!.pull['html_url'] = 'https://github.com.evil.example/margo/specification/pull/919';
	const error = await sync().catch((e: unknown) => e);
	expect(fake((error as Error).message)).toContain(
		'at /html_url: "https://github.com.evil.example/margo/specification/pull/919" is not an address on https://github.com',
	);
});

test('counts no approver for a login that matches one only by Unicode case folding (Kelvin sign)', async () => {
	appendFileSync(
		join(scenario.root, 'content/approvers.yaml'),
		'- id: umbrella\n  name: Umbrella\n  approvers:\n    - id: jo\n      name: Jo Berkamp\n      github: joberkamp-margo\n',
	);
	scenario.data.issues[43]!.comments.push(
		gitHubComment(43, 21, 'jober\u212Aamp-margo', '/approve', '2024-08-29T10:00:00Z'),
		gitHubComment(43, 22, 'joberKamp-margo', '/approve', '2024-08-30T10:00:00Z'),
	);
	const lines = formatSyncResult(await sync(), 'the fake').split('\n');
	expect(lines.find((line) => line.startsWith('- DT-002'))).toBe(
		'- DT-002 ← issue #43: new snapshot: 3 new commands (@gracehopper /abstain, @jober\u212Aamp-margo /approve (not an approver), @joberKamp-margo /approve) (content/decisions/github/dt-002.json)',
	);
});

test('refuses a Link: rel="next" to another host, which receives no request and no token', async () => {
	elsewhere = await startFakeGitHub(scenario.data);
	const other = elsewhere.url;
	scenario.github.use(
		http.get('*/repos/margo/specification/issues/42/comments', () =>
			HttpResponse.json([], { headers: { link: `<${other}/repos/margo/specification/issues/42/comments?page=2>; rel="next"` } }),
		),
	);
	const error = await sync().catch((e: unknown) => e);
	expect(elsewhere.requests).toEqual([]);
	expect(fake((error as Error).message)).toMatchInlineSnapshot(`
		"DT-001: GET http://elsewhere/repos/margo/specification/issues/42/comments?page=2 failed: the answer links to http://elsewhere/repos/margo/specification/issues/42/comments?page=2; the sync talks only to http://fake (GITHUB_API_URL) and follows no redirect, so it stopped
		  fix: check GITHUB_API_URL and any proxy in between; a renamed repository answers with a redirect: set MARGO_REPOSITORY to its new name"
	`);
	expect(() => snapshotFiles()).toThrow('ENOENT');
});

test('refuses a redirect to another host without following it', async () => {
	elsewhere = await startFakeGitHub(scenario.data);
	const other = elsewhere.url;
	scenario.github.use(
		http.get('*/repos/margo/specification/pulls/919', () =>
			HttpResponse.text('', { status: 302, headers: { location: `${other}/repos/margo/specification/pulls/919` } }),
		),
	);
	const error = await sync().catch((e: unknown) => e);
	expect(elsewhere.requests).toEqual([]);
	expect(fake((error as Error).message)).toMatchInlineSnapshot(`
		"DT-001: GET http://fake/repos/margo/specification/pulls/919 failed: GitHub answered 302, a redirect to http://elsewhere/repos/margo/specification/pulls/919; the sync talks only to http://fake (GITHUB_API_URL) and follows no redirect, so it stopped
		  fix: check GITHUB_API_URL and any proxy in between; a renamed repository answers with a redirect: set MARGO_REPOSITORY to its new name"
	`);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../support/run-astro.ts';

/**
 * The github-sync fixture holds the snapshot `npm run decisions:sync` writes from the fake GitHub
 * (tests/node/decisions-sync-cli.test.ts proves the bytes are the same), so this build shows what a
 * sync followed by a build shows: approvers' GitHub responses throughout the site.
 */
let build: BuildResult;
const page = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
/** The text of an element's opening tag up to its closing one, whitespace collapsed. */
const row = (html: string, approver: string) => {
	const start = html.indexOf(`data-approver="${approver}"`);
	return html.slice(start, html.indexOf('</tr>', start)).replace(/\s+/g, ' ');
};

beforeAll(async () => {
	build = await buildFixture('github-sync');
	if (build.code !== 0) throw new Error(`The github-sync fixture did not build:\n${build.output}`);
}, 180_000);

test('counts GitHub responses in the approval matrix, linked to their comments, beside file responses', () => {
	const html = page('decisions/dt-001/index.html');
	expect(row(html, 'ada')).toContain('href="https://github.com/margo/specification/issues/42#issuecomment-2"');
	expect(row(html, 'ada')).toContain('Approves');
	// Edited on 30 August into a rejection: the edit is later than the approval of the 27th.
	expect(row(html, 'ivan')).toContain('Rejects');
	expect(row(html, 'ivan')).toContain('The retry rules break our devices.');
	// The file's rejection (25 August) is later than Grace's /approve on GitHub (22 August).
	expect(row(html, 'grace')).toMatch(/Rejects.*in the tracker file/);
	expect(row(html, 'bob')).toMatch(/Approves.*in the tracker file/);
	// Only on the second page of comments; its text is sanitized.
	expect(row(html, 'irene')).toContain('issuecomment-9');
	expect(row(html, 'irene')).toContain('&#x3C;script>alert(1)&#x3C;/script>');
	// The raw HTML block swallows the rest of its line: all of it is shown as text.
	expect(row(html, 'irene')).toContain('[docs](javascript:alert(1))');
	expect(html).not.toContain('<script>alert(1)');
	expect(html).not.toMatch(/href="javascript:/i);
});

test('says which commands were ignored or did not count, and who cannot respond on GitHub', () => {
	const html = page('decisions/dt-001/index.html').replace(/\s+/g, ' ');
	expect(html).toMatch(/data-ignored="3"[^>]*>3 commands were ignored: not by an approver \(@mallory, @random-dev, @ghost\)/);
	expect(html).toContain('<code>/reject</code> without reasons does not count');
	expect(html).toMatch(/Cannot respond on GitHub \(no GitHub ID in content\/approvers.yaml\):.*Bob Without-GitHub/);
});

test("shows each approver's standing pull-request review, not counted as a response", () => {
	const html = page('decisions/dt-001/index.html').replace(/\s+/g, ' ');
	expect(html).toMatch(/data-approver="ada" data-review="APPROVED".*approved #919/);
	expect(html).toMatch(
		/data-approver="grace" data-review="CHANGES_REQUESTED".*changes requested on #919.*Please split the retry section\./,
	);
	expect(html).toMatch(/data-approver="ivan" data-review="COMMENTED"/);
	expect(html).not.toMatch(/data-approver="irene" data-review=/);
});

test('warns when the issue is closed while the tracker is still open', () => {
	expect(page('decisions/dt-002/index.html')).toContain('Issue #43 is closed on GitHub, but this tracker is still open for review');
	expect(page('decisions/dt-001/index.html')).not.toContain('data-warning="issue-state"');
});

test('exports every response with its source and, from GitHub, the comment URL', () => {
	const data = JSON.parse(page('decisions.json'));
	const dt001 = data.trackers.find((t: { id: string }) => t.id === 'DT-001');
	expect(dt001.responses.map((r: Record<string, unknown>) => `${r['approver']} ${r['response']} ${r['source']} ${r['url']}`)).toEqual([
		'grace reject file null',
		'bob approve file null',
		'ada approve github https://github.com/margo/specification/issues/42#issuecomment-2',
		'ivan reject github https://github.com/margo/specification/issues/42#issuecomment-4',
		'irene approve github https://github.com/margo/specification/issues/42#issuecomment-9',
	]);
	expect(dt001.approval).toMatchObject({ met: false, rejecting: ['globex', 'initech'] });
	expect(dt001.github).toMatchObject({ issue: 42, state: 'open', synced: true });
	expect(dt001.reviews.map((r: { label: string }) => r.label)).toEqual(['approved #919', 'changes requested on #919', 'commented on #919']);
});

test("lists an approver's GitHub responses and reviews on their page", () => {
	const html = page('decisions/approvers/ada/index.html').replace(/\s+/g, ' ');
	expect(html).toContain('data-source="github" href="https://github.com/margo/specification/issues/42#issuecomment-2"');
	expect(html).toMatch(/approved #919.*linked to .*DT-001.*DT-002/);
});

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildFixture, projectRoot, type BuildResult } from '../support/run-astro.ts';

/**
 * The proposals-site fixture built with MARGO_PROPOSALS_DIR at the fixture SUP repository
 * (tests/fixtures/proposals-repo) and a synced pull request in final review.
 */
let build: BuildResult;
const page = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();

beforeAll(async () => {
	build = await buildFixture('proposals-site', { MARGO_PROPOSALS_DIR: join(projectRoot, 'tests/fixtures/proposals-repo') });
}, 240_000);

test('builds, printing each warning with its file and line, without stopping', () => {
	expect(build.code, build.output).toBe(0);
	expect(build.output).toContain('Specification Update Proposals (warnings): 10 problems');
	expect(build.output).toContain('tests/fixtures/proposals-repo/proposals/mesh.md:25:1: raw HTML lost what the site does not publish');
	expect(build.output).toContain(
		'tests/fixtures/proposals-repo/proposals/mesh.md:21:217: link target ../../specification/retired.md is not in the SUP folder nor a page of the specification',
	);
	expect(build.output).toContain(
		'tests/fixtures/proposals-repo/proposals/mesh.md:16:1: figure ../res/mesh/absent.svg is not in the SUP folder',
	);
});

test('publishes /proposals.json in the shape of its schema, pinned', () => {
	const json = JSON.parse(page('proposals.json'));
	expect(json.$schema).toBe('https://margo.example.org/schemas/proposals.schema.json');
	const brief = json.proposals.map(
		(p: { slug: string; stage: string; title: string; pr?: number; reviewWindowEnds?: string; owners: unknown[] }) =>
			`${p.slug} | ${p.stage} | ${p.title} | ${p.pr ?? '-'} | ${p.reviewWindowEnds ?? '-'} | ${JSON.stringify(p.owners)}`,
	);
	expect(brief).toMatchInlineSnapshot(`
		[
		  "generic | P2 | Generic heading, title from this row | 919 | 2099-01-15 | [{"name":"Bea Test"},{"name":"Dan Test","github":"dan-dev"}]",
		  "pr-920 | P1 | Known only by its pull request | 920 | - | [{"github":"gamma-dev"}]",
		  "mesh | P1 | Mesh networking between devices | - | - | [{"github":"alpha-dev"},{"github":"beta-dev"},{"name":"Carol Example"}]",
		  "template-owner | proposed | A proposal whose owner section still holds the template's text. | - | - | []",
		  "untitled | proposed | Devices report their battery level. | - | - | []",
		  "later | deferred | Deferred idea | - | - | [{"name":"Eve Example"},{"name":"Frank Example"}]",
		  "moved | completed | Moved proposal | - | - | [{"github":"delta-dev"}]",
		  "no | rejected | Rejected idea | - | - | [{"github":"gamma-dev"}]",
		]
	`);
});

test('shows a SUP in final review with its window, its sources, the leads’ votes and no unsafe link', () => {
	const html = page('proposals/generic/index.html');
	const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
	// The window ends in 2099: the days left change every day the test runs.
	const facts = text(main.slice(main.indexOf('<dl class="sup-facts"'), main.indexOf('<h2 id="sup-document"'))).replace(
		/\d+ days left/,
		'N days left',
	);
	expect(facts).toMatchInlineSnapshot(
		`"Stage P2 final review pull request: P2 (pull request #919 (ready for review)) status table: P2 (README.md:8) Owners Bea Test , Dan Test @dan-dev Pull request #919 Feedback window ends 15 Jan 2099 , N days left File proposals/generic.md In final review (P2), but its Technical proposal is not written. Sections Owner: written Summary: still the template’s instructions Reason for proposal: missing Requirements alignment acknowledgement: missing Technical proposal: still the template’s instructions Alternatives considered: missing Rejection reason: missing Technical leads’ votes Technical lead Vote (review of the pull request) Ada Lovelace (Acme) approved , 3 Jan 2099 Grace Hopper (Globex) commented, 4 Jan 2099"`,
	);
	expect(main).not.toContain('javascript:');
	expect(main).not.toContain('@example.com');
});

test('serves the figure of the folder and rewrites links to other SUPs, showing remote images as links', () => {
	const html = page('proposals/mesh/index.html');
	expect(html).toContain('<img src="/proposals/files/res/mesh/layout.svg" alt="Mesh layout"');
	expect(html).toContain('<a href="/proposals/moved/">the moved proposal</a>');
	expect(html).toContain('<a href="https://cdn.example.net/mesh.png">Remote picture</a>');
	expect(html).not.toContain('<img src="https://cdn.example.net');
	expect(page('proposals/files/res/mesh/layout.svg')).toContain('<circle');
});

test('links a SUP to the specification pages it names and lets no script, handler or javascript: link of it reach the page', () => {
	const html = page('proposals/mesh/index.html');
	const document = html.slice(html.indexOf('<div class="sup-document">'), html.indexOf('</main>'));
	expect(document).toContain('<a href="/specification/onboarding/#device-enrolment">onboarding</a>');
	expect(document).toContain('<a href="/specification/onboarding/">the specification');
	expect(document).toContain('<a href="https://cdn.example.net/diagram.png">Remote diagram</a>');
	expect(document).toContain('Hover here');
	expect(document).not.toMatch(/<img[^>]+src="(?:https?:)?\/\/|<script|javascript:|onmouseover|attacked/i);
});

test('lists the SUPs beside the trackers in decisions.json, the feed and the calendar, P2 windows as deadlines', () => {
	const json = JSON.parse(page('decisions.json'));
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats.default(ajv);
	const validate = ajv.compile(JSON.parse(readFileSync(join(projectRoot, 'public/schemas/decisions.schema.json'), 'utf8')));
	expect(validate(json) ? [] : validate.errors).toEqual([]);
	expect(json.$schema).toBe('https://margo.example.org/schemas/decisions.schema.json');
	expect(
		json.proposals.map(
			(p: { kind: string; slug: string; stage: string; deadline: string | null }) => `${p.kind} ${p.slug} ${p.stage} ${p.deadline}`,
		),
	).toMatchInlineSnapshot(`
			[
			  "proposal generic P2 2099-01-15",
			  "proposal later deferred null",
			  "proposal mesh P1 null",
			  "proposal moved completed null",
			  "proposal no rejected null",
			  "proposal pr-920 P1 null",
			  "proposal template-owner proposed null",
			  "proposal untitled proposed null",
			]
		`);
	const calendar = page('decisions/deadlines.ics').replace(/\r\n /g, '');
	expect(calendar).toContain('UID:sup-generic-review@margo.example.org');
	expect(calendar).toContain('DTSTART;VALUE=DATE:20990115');
	expect(calendar).toContain('SUMMARY:Final review ends: SUP Generic heading\\, title from this row');
	const feed = page('decisions/feed.xml');
	expect(feed).toContain('<id>https://margo.example.org/proposals/generic/#final-review-2099-01-01</id>');
	expect(page('decisions/index.html')).toContain('(1 in final review)');
});

test('derives the README status table, ready to paste', () => {
	const html = page('proposals/index.html');
	const table = html.slice(html.indexOf('<code id="sup-status-table">') + 28, html.indexOf('</code></pre>'));
	expect(table.replace(/&#39;/g, "'")).toMatchInlineSnapshot(`
		"|Owner|Description|Stage|LINK|
		|---|---|---|---|
		|Bea Test, @dan-dev|Generic heading, title from this row|P2|[proposal](proposals/generic.md)|
		|@gamma-dev|Known only by its pull request|P1|[pull request](https://github.com/margo/specification-enhancements/pull/920)|
		|@alpha-dev, @beta-dev, Carol Example|Mesh networking between devices|P1|[proposal](proposals/mesh.md)|
		||A proposal whose owner section still holds the template's text.|Proposed|[proposal](proposals/template-owner.md)|
		||Devices report their battery level.|Proposed|[proposal](proposals/untitled.md)|
		|Eve Example, Frank Example|Deferred idea|Deferred|[proposal](proposals/deferred/later.md)|
		|@delta-dev|Moved proposal|Completed|[proposal](completed/moved.md)|
		|@gamma-dev|Rejected idea|Rejected|[proposal](rejected/no.md)|"
	`);
});

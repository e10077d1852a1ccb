import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { formatProblem } from '#shared/problems.ts';
import { loadProposals } from './load-proposals.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURE = 'tests/fixtures/proposals-repo';
const load = (dir: string) => loadProposals(root, { MARGO_PROPOSALS_DIR: dir });

/** A scratch SUP folder with `files` (path → text or bytes). */
function scratch(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), 'margo-sups-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return dir;
}

test('reads every SUP of the fixture repository: titles, owners, stages with their sources, sections', () => {
	const { proposals } = load(FIXTURE);
	const summary = proposals.map((p) => ({
		slug: p.slug,
		title: p.title,
		stage: p.stage,
		sources: p.stageSources.map((s) => `${s.source}: ${s.stage} (${s.where})`),
		owners: p.owners,
		sections: p.sections && Object.entries(p.sections).map(([name, state]) => `${name}: ${state}`),
		flags: p.flags,
		files: p.files.map((f) => f.path),
	}));
	expect(summary).toMatchInlineSnapshot(`
		[
		  {
		    "files": [],
		    "flags": [],
		    "owners": [
		      {
		        "name": "Bea Test",
		      },
		      {
		        "github": "dan-dev",
		        "name": "Dan Test",
		      },
		    ],
		    "sections": [
		      "Owner: written",
		      "Summary: template",
		      "Reason for proposal: missing",
		      "Requirements alignment acknowledgement: missing",
		      "Technical proposal: template",
		      "Alternatives considered: missing",
		      "Rejection reason: missing",
		    ],
		    "slug": "generic",
		    "sources": [],
		    "stage": "proposed",
		    "title": "generic",
		  },
		  {
		    "files": [],
		    "flags": [],
		    "owners": [
		      {
		        "name": "Eve Example",
		      },
		      {
		        "name": "Frank Example",
		      },
		    ],
		    "sections": [
		      "Owner: written",
		      "Summary: missing",
		      "Reason for proposal: missing",
		      "Requirements alignment acknowledgement: missing",
		      "Technical proposal: missing",
		      "Alternatives considered: missing",
		      "Rejection reason: missing",
		    ],
		    "slug": "later",
		    "sources": [
		      "folder: deferred (proposals/deferred/)",
		    ],
		    "stage": "deferred",
		    "title": "Deferred idea",
		  },
		  {
		    "files": [
		      "res/mesh/layout.svg",
		    ],
		    "flags": [],
		    "owners": [
		      {
		        "github": "alpha-dev",
		      },
		      {
		        "github": "beta-dev",
		      },
		      {
		        "name": "Carol Example",
		      },
		    ],
		    "sections": [
		      "Owner: written",
		      "Summary: written",
		      "Reason for proposal: missing",
		      "Requirements alignment acknowledgement: missing",
		      "Technical proposal: written",
		      "Alternatives considered: missing",
		      "Rejection reason: missing",
		    ],
		    "slug": "mesh",
		    "sources": [
		      "status table: P1 (README.md:7)",
		    ],
		    "stage": "P1",
		    "title": "Mesh networking between devices",
		  },
		  {
		    "files": [],
		    "flags": [],
		    "owners": [
		      {
		        "github": "delta-dev",
		      },
		    ],
		    "sections": [
		      "Owner: written",
		      "Summary: written",
		      "Reason for proposal: missing",
		      "Requirements alignment acknowledgement: missing",
		      "Technical proposal: missing",
		      "Alternatives considered: missing",
		      "Rejection reason: missing",
		    ],
		    "slug": "moved",
		    "sources": [
		      "folder: completed (completed/)",
		      "status table: P2 (README.md:10)",
		    ],
		    "stage": "completed",
		    "title": "Moved proposal",
		  },
		  {
		    "files": [],
		    "flags": [],
		    "owners": [
		      {
		        "github": "gamma-dev",
		      },
		    ],
		    "sections": [
		      "Owner: written",
		      "Summary: missing",
		      "Reason for proposal: missing",
		      "Requirements alignment acknowledgement: missing",
		      "Technical proposal: missing",
		      "Alternatives considered: missing",
		      "Rejection reason: written",
		    ],
		    "slug": "no",
		    "sources": [
		      "folder: rejected (rejected/)",
		    ],
		    "stage": "rejected",
		    "title": "Rejected idea",
		  },
		  {
		    "files": [],
		    "flags": [
		      "Known only by its pull request: no document of the folder matches this row of the status table.",
		    ],
		    "owners": [
		      {
		        "name": "Bea Test",
		      },
		    ],
		    "sections": undefined,
		    "slug": "pr-919",
		    "sources": [
		      "status table: P2 (README.md:8)",
		    ],
		    "stage": "P2",
		    "title": "Generic heading, title from this row",
		  },
		  {
		    "files": [],
		    "flags": [
		      "Known only by its pull request: no document of the folder matches this row of the status table.",
		    ],
		    "owners": [
		      {
		        "github": "gamma-dev",
		      },
		    ],
		    "sections": undefined,
		    "slug": "pr-920",
		    "sources": [
		      "status table: P1 (README.md:9)",
		    ],
		    "stage": "P1",
		    "title": "Known only by its pull request",
		  },
		  {
		    "files": [],
		    "flags": [
		      "The Owner section names no one yet.",
		    ],
		    "owners": [],
		    "sections": [
		      "Owner: template",
		      "Summary: written",
		      "Reason for proposal: missing",
		      "Requirements alignment acknowledgement: missing",
		      "Technical proposal: missing",
		      "Alternatives considered: missing",
		      "Rejection reason: missing",
		    ],
		    "slug": "template-owner",
		    "sources": [],
		    "stage": "proposed",
		    "title": "A proposal whose owner section still holds the template's text.",
		  },
		  {
		    "files": [],
		    "flags": [
		      "The SUP has no Owner section.",
		    ],
		    "owners": [],
		    "sections": [
		      "Owner: missing",
		      "Summary: written",
		      "Reason for proposal: missing",
		      "Requirements alignment acknowledgement: missing",
		      "Technical proposal: missing",
		      "Alternatives considered: missing",
		      "Rejection reason: missing",
		    ],
		    "slug": "untitled",
		    "sources": [],
		    "stage": "proposed",
		    "title": "Devices report their battery level.",
		  },
		]
	`);
});

test('warns, with file and line, about missing figures and links, moved files, rows that match nothing and disagreeing stages', () => {
	const { warnings, problems } = load(FIXTURE);
	expect(problems).toEqual([]);
	expect(warnings.map(formatProblem).join('\n')).toMatchInlineSnapshot(`
		"tests/fixtures/proposals-repo/completed/moved.md: the same SUP is also in proposals/moved.md; shown once, from completed/ [proposal/two-folders]
		  fix: delete proposals/moved.md in the pull request that moved it
		tests/fixtures/proposals-repo/README.md:11: the status table's row "A row whose document is gone" links proposals/gone.md, which is no SUP of the folder [proposal/unmatched-row]
		  fix: link the row to the document (e.g. proposals/name.md) or to its pull request
		tests/fixtures/proposals-repo/README.md:10: completed/moved.md: the README's status table (README.md:10) says P2, completed/ says completed [proposal/stage-disagreement]
		  fix: bring the status table up to date
		tests/fixtures/proposals-repo/proposals/mesh.md:25:1: raw HTML lost what the site does not publish (scripts, styles, frames, event handlers, links other than http, https, mailto or relative) [proposal/unsafe-markup]
		  fix: write the figure or link in Markdown to a file of the SUP folder, or to an http(s) address
		tests/fixtures/proposals-repo/proposals/mesh.md:27:1: raw HTML lost what the site does not publish (scripts, styles, frames, event handlers, links other than http, https, mailto or relative) [proposal/unsafe-markup]
		  fix: write the figure or link in Markdown to a file of the SUP folder, or to an http(s) address
		tests/fixtures/proposals-repo/proposals/mesh.md:27:78: a link to a javascript: address is not published [proposal/unsafe-markup]
		  fix: write the figure or link in Markdown to a file of the SUP folder, or to an http(s) address
		tests/fixtures/proposals-repo/proposals/mesh.md:16:1: figure ../res/mesh/absent.svg is not in the SUP folder (looked for res/mesh/absent.svg) [proposal/missing-target]
		  fix: fix the path, or add the file to the folder the SUP references
		tests/fixtures/proposals-repo/proposals/mesh.md:19:59: link target ./nowhere.md is not in the SUP folder nor a page of the specification (looked for proposals/nowhere.md) [proposal/missing-target]
		  fix: fix the path: a specification page is found by the end of its path (…/specification/onboarding.md)
		tests/fixtures/proposals-repo/proposals/mesh.md:21:217: link target ../../specification/retired.md is not in the SUP folder nor a page of the specification (looked for ../specification/retired.md) [proposal/missing-target]
		  fix: fix the path: a specification page is found by the end of its path (…/specification/onboarding.md)
		tests/fixtures/proposals-repo/proposals/mesh.md:21:270: link https://github.com/margo/specification/blob/main/src/specification/retired.md names src/specification/retired.md, which is no page of the specification here [proposal/missing-target]
		  fix: link the page as it is in the specification repository now; the link stays on GitHub"
	`);
});

test('points links to other SUPs and to specification pages at their pages, figures at the site, shows remote images as links and drops scripts and javascript: links', () => {
	const mesh = load(FIXTURE).proposals.find((p) => p.slug === 'mesh')!;
	expect(mesh.markdown).toMatchInlineSnapshot(`
		"
		## Summary

		Devices relay messages for each other.

		## Technical proposal

		![Mesh layout](/proposals/files/res/mesh/layout.svg)
		*Missing figure* (figure missing)
		[Remote picture](<https://cdn.example.net/mesh.png>)

		Builds on [the moved proposal](/proposals/moved/) and a link to nowhere.

		It changes [onboarding](/specification/onboarding/#device-enrolment), as [the specification's source](/specification/onboarding/) says; a retired page and [its source](https://github.com/margo/specification/blob/main/src/specification/retired.md) match no page.

		<p align="center"><a href="https://cdn.example.net/diagram.png">Remote diagram</a></p>



		<a></a>Hover here</a>, or here.
		"
	`);
});

test('stops when MARGO_PROPOSALS_DIR names a folder that does not exist', () => {
	const error = (() => {
		try {
			load('no/such/folder');
		} catch (e) {
			return e as Error;
		}
		return undefined;
	})();
	expect(error?.message.replace(root, '<root>/')).toBe(
		'MARGO_PROPOSALS_DIR="no/such/folder" is not a folder (looked for <root>/no/such/folder); check out margo/specification-enhancements there, or unset the variable to build with the examples in content/proposals/',
	);
});

test('reads nothing, and says nothing, when the default folder is missing', () => {
	expect(loadProposals(mkdtempSync(join(tmpdir(), 'margo-empty-')), {})).toEqual({
		dir: undefined,
		proposals: [],
		problems: [],
		warnings: [],
	});
});

test('refuses a symlink leaving the folder and a file that is not UTF-8, naming each file', () => {
	const dir = scratch({ 'proposals/latin1.md': new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]) });
	symlinkSync('/etc/passwd', join(dir, 'proposals', 'passwd.md'));
	const { problems, proposals } = load(dir);
	expect(proposals).toEqual([]);
	expect(problems.map((p) => formatProblem(p).replace(dir, '<dir>')).join('\n')).toMatchInlineSnapshot(`
		"<dir>/proposals/latin1.md: is not UTF-8 text [proposal/not-utf8]
		  fix: save the file as UTF-8 (most editors offer it in "Save as" or the status bar)
		<dir>/proposals/passwd.md: is a symlink to a file outside the SUP folder, which the site does not read [proposal/outside-folder]
		  fix: replace the symlink by the file itself, inside the folder"
	`);
});

test('serves no figure that is a symlink leaving the folder', () => {
	const dir = scratch({ 'proposals/a.md': '# A\n\n![secret](../res/secret.svg)\n' });
	mkdirSync(join(dir, 'res'));
	symlinkSync('/etc/passwd', join(dir, 'res', 'secret.svg'));
	const { proposals, warnings } = load(dir);
	expect(proposals[0]!.files).toEqual([]);
	expect(warnings.map((w) => w.message)).toEqual(['figure ../res/secret.svg is not in the SUP folder (looked for res/secret.svg)']);
});

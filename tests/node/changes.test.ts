import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithRef } from '../../src/features/changes/compare.ts';
import { GitSnapshotError } from '../../src/features/changes/git-snapshot.ts';
import { runChanges } from '../../src/features/changes/run-changes.ts';
import { createChangesRepo, type ChangesRepo } from '../support/changes-repo.ts';

let repo: ChangesRepo;
beforeAll(() => {
	repo = createChangesRepo();
});
afterAll(() => repo.remove());

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
	const out: string[] = [];
	const err: string[] = [];
	const code = runChanges(
		repo.root,
		args,
		{ MARGO_COMMIT: 'head', ...env },
		{ out: (text) => out.push(text), err: (text) => err.push(text) },
	);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

test('lists a statement without an ID in the working tree as new, and one already there before as not new', () => {
	const file = join(repo.root, 'content/docs/specification/alpha.md');
	const text = readFileSync(file, 'utf8');
	writeFileSync(file, `${text}\nThe device management client MUST verify each digest.\n`);
	try {
		const { comparison } = compareWithRef(repo.root, 'HEAD~1');
		expect(comparison.requirements.filter((change) => change.change === 'new').map((change) => change.after?.text)).toEqual([
			'The device management client MUST verify each digest.',
		]);
		// Against the working tree's own commit only the new statement differs.
		const { comparison: sinceHead } = compareWithRef(repo.root, 'HEAD');
		expect(sinceHead.requirements.map((change) => change.change)).toEqual(['new']);
	} finally {
		writeFileSync(file, text);
	}
});

test('stops with how to fetch the base when the ref names no commit', () => {
	expect(() => compareWithRef(repo.root, 'origin/pre-draft')).toThrowErrorMatchingInlineSnapshot(
		`[GitSnapshotError: MARGO_COMPARE_WITH="origin/pre-draft" names no branch, tag or commit of this repository: check the spelling, or fetch it first (\`git fetch origin origin/pre-draft\`); in GitHub Actions, check out with \`fetch-depth: 0\` (actions/checkout), since a shallow clone holds only the newest commit]`,
	);
});

test('refuses a ref starting with "-" before running git, given to the comparison, in MARGO_COMPARE_WITH or with --base', () => {
	// A git on PATH that notes every argument list, then runs the real one: what reached git is on record.
	const bin = mkdtempSync(join(tmpdir(), 'margo-fake-git-'));
	const calls = join(bin, 'calls.txt');
	const realGit = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
	writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${calls}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
	const path = process.env['PATH'];
	process.env['PATH'] = `${bin}:${path}`;
	try {
		expect(() => compareWithRef(repo.root, '--output=/tmp/x')).toThrowErrorMatchingInlineSnapshot(
			`[GitSnapshotError: MARGO_COMPARE_WITH="--output=/tmp/x" is not a git ref: it starts with "-", which git would read as an option; give a branch, tag or commit, e.g. MARGO_COMPARE_WITH=origin/pre-draft]`,
		);
		expect(() => compareWithRef(repo.root, '-c')).toThrow(GitSnapshotError);
		const fromEnv = run([], { MARGO_COMPARE_WITH: '--output=/tmp/x' });
		expect(fromEnv).toMatchObject({ code: 2, out: '' });
		expect(fromEnv.err).toMatch(/^MARGO_COMPARE_WITH="--output=\/tmp\/x" is not a git ref: it starts with "-"/);
		expect(run(['--base=--upload-pack=touch /tmp/x']).err).toMatch(/is not a git ref: it starts with "-"/);
		expect(existsSync(calls) ? readFileSync(calls, 'utf8') : '').toBe('');
		// The fake git does take part when the ref is good: the check above could have failed.
		compareWithRef(repo.root, 'HEAD');
		expect(readFileSync(calls, 'utf8')).toContain('rev-parse --verify --quiet --end-of-options HEAD^{commit}');
	} finally {
		process.env['PATH'] = path;
		rmSync(bin, { recursive: true, force: true });
	}
});

test('says the project is not in a git repository instead of printing git’s error', () => {
	const folder = mkdtempSync(join(tmpdir(), 'margo-no-git-'));
	expect(() => compareWithRef(folder, 'HEAD~1')).toThrow(
		`MARGO_COMPARE_WITH="HEAD~1" needs a git checkout, but ${folder} is not in a git repository: build from a clone of the specification repository, or unset MARGO_COMPARE_WITH`,
	);
});

test('exits 1 with --fail-on breaking on a breaking API change or a weakened requirement, 0 without the gate', () => {
	const gated = run(['--base', 'HEAD~1', '--fail-on', 'breaking']);
	expect(gated.code).toBe(1);
	expect(gated.err).toMatchInlineSnapshot(`
		"not compared: HEAD~1:openapi/gadgets.yaml:5:1: Flow sequence in block collection must be sufficiently indented and end with a ]
		--fail-on breaking: 6 breaking API changes and 1 weakened requirement; see the list above or /changes/ of the preview"
	`);
	expect(run(['--base', 'HEAD~1']).code).toBe(0);
	expect(run(['--base', 'HEAD', '--fail-on', 'breaking']).code).toBe(0);
	expect(run(['--fail-on', 'everything', '--base', 'HEAD~1']).code).toBe(2);
	expect(run([]).err).toMatch(/^Nothing to compare with: pass --base <ref> or set MARGO_COMPARE_WITH/);
});

test('appends the summary as Markdown to a job summary file', () => {
	const summary = join(mkdtempSync(join(tmpdir(), 'margo-summary-')), 'summary.md');
	appendFileSync(summary, '# Earlier step\n');
	expect(run(['--base', 'HEAD~1', '--markdown', summary], { MARGO_CHANGES_URL: 'https://example.org/pr-7/changes/' }).code).toBe(0);
	expect(readFileSync(summary, 'utf8').replace(/\b[0-9a-f]{12}(?:[0-9a-f]{28})?\b/g, '<commit>')).toMatchInlineSnapshot(`
		"# Earlier step

		## What this change changes

		Compared with \`HEAD~1\` (<commit>): 8 requirements changed, 6 breaking API changes. [See what changes](<https://example.org/pr-7/changes/>).

		| | count |
		| --- | ---: |
		| requirements added | 1 |
		| requirements removed | 1 |
		| requirements retired | 1 |
		| requirements weakened | 1 |
		| requirements strengthened | 1 |
		| requirements reworded | 1 |
		| requirements moved | 1 |
		| requirements binds-changed | 1 |
		| API changes (breaking) | 9 (6) |
		| pages added / removed / changed | 1 / 2 / 1 |
		| decisions whose status changed | 1 |

		### Breaking API changes

		| document | operation | change |
		| --- | --- | --- |
		| things | GET /things/{thingId} | \\[Removed\\] operation GET /things/{thingId} |
		| things | [PUT /things/{thingId}](<https://margo.example.org/reference/things/#op-putThing>) | \\[Added\\] required status to \\\`colour\\\` in Request Body content (application/json) |
		| things | [PUT /things/{thingId}](<https://margo.example.org/reference/things/#op-putThing>) | \\[Added\\] property \\\`colour\\\` in Request Body content (application/json) |
		| things | [PUT /things/{thingId}](<https://margo.example.org/reference/things/#op-putThing>) | \\[Added\\] required query parameter \\\`dryRun\\\` |
		| things | [/components/schemas/Thing/required/2](<https://margo.example.org/reference/things/>) | add components.schemas.Thing.required.2 |
		| things | [/components/schemas/Thing/properties/colour](<https://margo.example.org/reference/things/>) | add components.schemas.Thing.properties.colour |

		### Requirements

		| ID | change | key word |
		| --- | --- | --- |
		| [REQ-ALP-003](<https://margo.example.org/specification/alpha/#REQ-ALP-003>) | weakened | MUST → SHOULD |
		| [REQ-ALP-001](<https://margo.example.org/specification/alpha/#REQ-ALP-001>) | strengthened | SHOULD → MUST |
		| [REQ-BET-001](<https://github.com/margo/specification/blob/<commit>/content/docs/specification/beta.md#L7>) | removed | MUST |
		| [REQ-ALP-004](<https://github.com/margo/specification/blob/<commit>/content/docs/specification/alpha.md#L12>) | retired | MUST |
		| [REQ-ALP-002](<https://margo.example.org/specification/alpha/#REQ-ALP-002>) | reworded | MAY |
		| [REQ-ALP-008](<https://margo.example.org/specification/alpha/#REQ-ALP-008>) | added | MUST |
		| [REQ-ALP-005](<https://margo.example.org/specification/alpha/#REQ-ALP-005>) | moved | MUST |
		| [REQ-ALP-007](<https://margo.example.org/specification/alpha/#REQ-ALP-007>) | binds-changed | MUST |

		> [!WARNING]
		> HEAD~1:openapi/gadgets.yaml:5:1: Flow sequence in block collection must be sufficiently indented and end with a \\]
		"
	`);
});

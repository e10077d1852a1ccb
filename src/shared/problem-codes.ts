/**
 * Every code a check may report, with what it means and, where one fix fits every case, how to
 * fix it. A report shows the code beside each problem (`[decision/unknown-page]`), so a reader can
 * look it up here; a check that gives no fix of its own gets the one listed here. Adding a check
 * means adding its codes: `Problem['code']` accepts no other.
 */
const EXAMPLE_FIX = 'make the example and its schema agree: fix whichever contradicts the specification';

export const PROBLEM_CODES = {
	// Specification pages (features/site)
	'frontmatter/missing': { title: 'a page has no front matter', fix: 'start the page with a `---` block holding at least `title:`' },
	'frontmatter/yaml-syntax': { title: 'the front matter is not valid YAML', fix: 'check indentation and quoting on that line' },
	'frontmatter/invalid-field': { title: 'a front matter field has a wrong value or type' },

	// Decision trackers and approvers (features/decisions)
	'approvers/missing-file': { title: 'trackers exist but content/approvers.yaml does not', fix: 'create content/approvers.yaml' },
	'approvers/yaml-syntax': { title: 'the approvers file is not valid YAML', fix: 'check indentation and quoting on that line' },
	'approvers/invalid-field': { title: 'an organization or approver has a wrong field' },
	'approvers/duplicate': { title: 'an organization id, approver id or GitHub ID is used twice' },
	'decision/no-front-matter': { title: 'a tracker has no front matter', fix: 'start from the template: `npm run new:decision -- "Title"`' },
	'decision/yaml-syntax': { title: 'a tracker’s front matter is not valid YAML', fix: 'check indentation and quoting on that line' },
	'decision/invalid-field': { title: 'a tracker field has a wrong value or type' },
	'decision/duplicate-id': { title: 'two trackers have the same id' },
	'decision/missing-deadline': { title: 'an open tracker has no review deadline', fix: 'add `deadline: YYYY-MM-DD`' },
	'decision/deadline-before-opened': { title: 'the review deadline is before the date the review opened' },
	'decision/timeline-order': { title: 'timeline entries are not oldest first', fix: 'list timeline entries oldest first' },
	'decision/invalid-transition': { title: 'the timeline moves between statuses the lifecycle does not allow' },
	'decision/status-not-in-timeline': { title: 'the status is not the last status of the timeline' },
	'decision/missing-successor': { title: 'a superseded tracker names no successor' },
	'decision/superseded-status': { title: '`supersededBy` is set on a tracker that is not superseded' },
	'decision/missing-resolution': { title: 'a decided tracker has no resolution', fix: 'add `resolution:` saying what was decided and why' },
	'decision/duplicate-response': { title: 'an approver responded twice in the file', fix: 'keep one response per approver: the latest' },
	'decision/unknown-approver': { title: 'a response names someone who is not an approver' },
	'decision/approval-rule-not-met': { title: 'a tracker is `approved` but the approval rule is not met' },
	'decision/rejected-without-rejection': { title: 'a tracker is `rejected` but no organization rejects' },
	'decision/one-sided-supersedes': { title: '`supersedes` and `supersededBy` do not name each other' },
	'decision/unknown-page': { title: '`affects` names a page that does not exist' },
	'decision/unknown-anchor': { title: '`affects` names a heading anchor the page does not have' },
	'decision/unknown-tracker': { title: 'a tracker id is named that no tracker has' },
	'decision/github-snapshot': {
		title: 'a file under content/decisions/github/ is not what `npm run decisions:sync` writes',
		fix: 'run `npm run decisions:sync` again, or restore the file with git',
	},

	// Specification Update Proposals (features/proposals)
	'proposal/outside-folder': { title: 'a SUP file is a symlink leading outside the SUP folder' },
	'proposal/not-utf8': { title: 'a SUP file is not UTF-8 text' },
	'proposal/two-folders': { title: 'the same SUP file is in two folders (it is moving); the later stage is shown' },
	'proposal/unmatched-row': { title: 'a row of the README status table links no SUP of the folder' },
	'proposal/stage-disagreement': { title: 'the README status table gives another stage than the folder or the pull request' },
	'proposal/missing-target': { title: 'a SUP links a figure or document that is not in the folder' },
	'proposal/unsafe-markup': { title: 'a SUP holds raw HTML or a link the site does not publish (script, handler, javascript: URL)' },

	// Requirement IDs and the lexicon (features/requirements)
	'requirements/stray-marker': { title: 'a requirement marker has no sentence before it' },
	'requirements/missing-id': { title: 'a normative statement has no requirement ID', fix: 'run `npm run req:ids`' },
	'requirements/malformed-marker': { title: 'a requirement marker is malformed' },
	'requirements/not-normative': { title: 'a requirement marker is on a sentence without a key word in capitals' },
	'requirements/duplicate-id': { title: 'a requirement ID is used twice' },
	'requirements/retired-id': { title: 'a retired requirement ID is used again' },
	'requirements/unissued-id': { title: 'a requirement ID is not recorded in the registry', fix: 'run `npm run req:ids`' },
	'requirements/unknown-party': { title: 'the party a statement binds cannot be told from its subject' },
	'requirements/vanished-id': { title: 'an issued requirement ID is on no page and not retired', fix: 'run `npm run req:ids`' },
	'requirements/retired-citation': { title: 'the mock or a tracker cites a retired requirement ID' },
	'requirements/unknown-citation': { title: 'the mock or a tracker cites a requirement ID no page defines' },
	'requirements/invalid-registry': { title: 'content/requirements.yaml is malformed' },
	'requirements/no-prefix': { title: 'a specification page has no requirement ID prefix' },
	'lexicon/duplicate-term': { title: 'a lexicon term is defined twice' },

	// MkDocs import (features/mkdocs-import; its import-problems.ts says which stop the import)
	'mkdocs/no-config': { title: 'the folder given to the import holds no mkdocs.yml', fix: 'pass the folder that holds mkdocs.yml' },
	'mkdocs/config-syntax': { title: 'mkdocs.yml is not valid YAML' },
	'mkdocs/bad-option': { title: 'an option of the import command is wrong' },
	'mkdocs/no-docs-dir': { title: 'the docs_dir of mkdocs.yml does not exist' },
	'mkdocs/nav-missing-file': { title: 'a nav entry names a file that is not in docs_dir' },
	'mkdocs/nav-duplicate-label': { title: 'two nav entries of one section have the same label' },
	'mkdocs/nav-duplicate-page': { title: 'a page is listed twice in the nav' },
	'mkdocs/nav-external-link': { title: 'a nav entry links to another site and is not imported' },
	'mkdocs/not-utf8': { title: 'a page or snippet is not valid UTF-8' },
	'mkdocs/broken-link': { title: 'a link names a page that does not exist' },
	'mkdocs/broken-anchor': {
		title: 'a link names a heading anchor the page does not have; it is sent to the one close heading, or to the page',
	},
	'mkdocs/missing-file': { title: 'an image or linked file does not exist' },
	'mkdocs/missing-snippet': { title: 'a `--8<--` snippet names a file that does not exist' },
	'mkdocs/outside-project': { title: 'a page, snippet, figure or folder leads outside the MkDocs project (a symbolic link or `../` path)' },
	'mkdocs/outside-target': { title: 'the import would write outside content/docs/<into> and public/<into>/_assets (a symbolic link)' },
	'mkdocs/env-tag': { title: 'mkdocs.yml reads an environment variable (`!ENV`); the import never does and takes its default' },
	'mkdocs/unconverted': { title: 'a construct MkDocs plugins render (Jinja, mkdocstrings) is left as a note' },
	'mkdocs/unlisted-page': { title: 'a page of docs_dir is not in the nav' },
	'mkdocs/link-to-skipped-page': { title: 'a link names a page left out by --only-nav; it links to GitHub instead' },
	'mkdocs/foreign-page': { title: 'the import would write where pages exist that no import wrote' },
	'mkdocs/hand-edited': { title: 'an imported page was edited by hand since the last import' },
	'mkdocs/unknown-party': { title: 'an imported statement does not say whom it binds; the requirement check will refuse it' },
	'mkdocs/requirement-registry': { title: 'content/requirements.yaml is malformed, so imported statements cannot get IDs' },

	// API documents and examples (features/api-reference)
	'openapi/yaml-syntax': {
		title: 'an API document is not valid YAML or JSON',
		fix: 'fix the YAML syntax; indentation and an unquoted `: ` inside a value are the usual causes',
	},
	'openapi/unsupported-version': {
		title: 'an API document is written in a version the site does not read',
		fix: "write `swagger: '2.0'`, `openapi: 3.0.x` or `openapi: 3.1.x`; other versions are upgraded to 3.1 when the site is built",
	},
	'openapi/remote-ref': {
		title: 'a `$ref` names a URL; the build never fetches one',
		fix: 'save the referenced document in openapi/ (e.g. openapi/shared/) and point `$ref` at the copy with a relative path',
	},
	'openapi/ref-outside-openapi': {
		title: 'a `$ref` reads a file outside openapi/ (an absolute path, `../` or a symbolic link leaving it)',
		fix: 'keep every file a document references inside openapi/ and point at it with a relative path, e.g. `$ref: ./shared/thing.yaml`',
	},
	'openapi/alias-limit': {
		title: 'a YAML document expands aliases into too many values (an alias bomb)',
		fix: 'write the repeated values out, or use fewer aliases (`*name`): at most 100 expansions per document',
	},
	'openapi/too-deep': {
		title: 'a document nests values deeper than the site reads',
		fix: 'name deeply nested schemas in components/schemas and refer to them with `$ref`; at most 128 levels',
	},
	'openapi/no-unsafe-markdown': {
		title: 'a description holds a script tag, an event-handler attribute or a `javascript:` URL',
		fix: 'remove it from the description; at `warn` the reference shows the description without it',
	},
	'checks/yaml-syntax': { title: 'openapi/checks.yaml is not valid YAML', fix: 'one `<document id>: strict|warn` per line' },
	'checks/not-a-map': {
		title: 'openapi/checks.yaml does not map document ids to check levels',
		fix: 'write one `<document id>: strict|warn` per line, e.g. `train-travel: warn`',
	},
	'checks/unknown-document': {
		title: 'openapi/checks.yaml names a document that openapi/ does not have',
		fix: 'write the file name of a document of openapi/ without its extension, or remove the line',
	},
	'checks/unknown-level': {
		title: 'openapi/checks.yaml gives a level other than `strict` or `warn`',
		fix: 'write `strict` (problems stop the build) or `warn` (problems are printed)',
	},
	'checks/always-strict': {
		title: 'openapi/checks.yaml lowers the level of the management API, which is always strict',
		fix: 'remove the line: the management API is the specification’s own',
	},
	'openapi/header-example': { title: 'a header example does not match its schema', fix: EXAMPLE_FIX },
	'openapi/no-invalid-media-type-examples': { title: 'a media type example does not match its schema', fix: EXAMPLE_FIX },
	'openapi/no-invalid-parameter-examples': { title: 'a parameter example does not match its schema', fix: EXAMPLE_FIX },
	'openapi/no-invalid-schema-examples': { title: 'a schema example does not match its schema', fix: EXAMPLE_FIX },
	'openapi/no-unresolved-refs': {
		title: 'a `$ref` points at nothing',
		fix: 'point `$ref` at an existing definition, e.g. `#/components/schemas/<Name>`; check the spelling',
	},
	'openapi/no-unused-components': {
		title: 'a component is defined but never used',
		fix: 'reference the component from an operation, or delete it',
	},
	'openapi/struct': {
		title: 'an object has fields OpenAPI does not allow there',
		fix: 'see the OpenAPI 3.1 specification for the fields this object allows',
	},
	'examples/unknown-schema': {
		title: 'an example in a page names a schema the API documents do not have',
		fix: 'name a schema of `components.schemas`, as `schema=<Name>` or `schema=<document id>#<Name>`',
	},
	'examples/ambiguous-schema': {
		title: 'an example in a page names a schema that several API documents define',
		fix: 'name the document on the fence: `schema=<document id>#<Name>`',
	},
	'examples/unsupported-language': {
		title: 'an example that declares a schema is not JSON, YAML or HTTP',
		fix: 'mark the block `json`, `yaml` or `http`, or remove `schema=`',
	},
	'examples/syntax': { title: 'an example in a page is not valid JSON or YAML', fix: 'fix the syntax on that line' },
	'examples/schema-unusable': {
		title: 'an example names a schema that cannot be compiled',
		fix: 'fix the problems reported for the API document that defines the schema',
	},
	'examples/schema-mismatch': { title: 'an example in a page contradicts its schema', fix: EXAMPLE_FIX },
	'endpoints/unknown': {
		title: 'a page names an endpoint the API documents do not have',
		fix: 'write the method and the path exactly as an API document defines them, without its server’s base path',
	},
} as const satisfies Record<string, { title: string; fix?: string }>;

/**
 * A problem code: one of the catalogue, or `openapi/<rule>` for a rule of Redocly's linter, which
 * names its own rules (`openapi/no-unresolved-refs`, `openapi/operation-4xx-response`, …).
 */
export type ProblemCode = keyof typeof PROBLEM_CODES | `openapi/${string}`;

/** The catalogue's general fix for a code, when it has one. */
export function defaultFix(code: ProblemCode): string | undefined {
	const entry: { fix?: string } | undefined = (PROBLEM_CODES as Record<string, { fix?: string }>)[code];
	return entry?.fix;
}

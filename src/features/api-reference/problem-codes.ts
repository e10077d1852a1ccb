import { defineProblemCodes } from '#shared/problem-codes.ts';

const EXAMPLE_FIX = 'make the example and its schema agree: fix whichever contradicts the specification';

/**
 * The codes the checks of API documents, `openapi/checks.yaml` and the examples and endpoints in pages report.
 * `openapi/<rule>` codes of Redocly's rules need no entry; those listed here get a default fix.
 */
export const API_PROBLEM_CODES = defineProblemCodes({
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
});

type ApiReferenceProblemCodes = typeof API_PROBLEM_CODES;

declare module '#shared/problem-codes.ts' {
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's codes into ProblemCode
	interface ProblemCodes extends ApiReferenceProblemCodes {}
}

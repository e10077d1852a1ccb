import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { lintApiDocument } from './lint.ts';
import { formatReport } from '#shared/problems.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const small = readFileSync(join(root, 'src/features/api-reference/openapi/small-api.fixture.yaml'), 'utf8');

/** Lints `text` as `openapi/api.yaml` of a scratch project. */
async function lint(text: string): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'margo-lint-'));
	mkdirSync(join(dir, 'openapi'));
	writeFileSync(join(dir, 'openapi/api.yaml'), text);
	return formatReport('API documents', await lintApiDocument(dir, 'openapi/api.yaml'));
}

test('passes the management API and the small test document', async () => {
	expect(formatReport('API documents', await lintApiDocument(root, 'openapi/margo-management-api.yaml'))).toBe('API documents: 0 problems\n');
	await expect(lint(small)).resolves.toBe('API documents: 0 problems\n');
});

test('reports malformed YAML with its line and column', async () => {
	await expect(lint(small.replace('summary: Store a thing', 'summary: Store: a thing'))).resolves.toMatchInlineSnapshot(`
		"API documents: 1 problem

		openapi/api.yaml:24:16: Nested mappings are not allowed in compact mappings [openapi/yaml-syntax]
		  fix: fix the YAML syntax; indentation and an unquoted \`: \` inside a value are the usual causes"
	`);
});

test('rejects an OpenAPI version other than 3.1', async () => {
	await expect(lint(small.replace('openapi: 3.1.1', 'openapi: 3.0.3'))).resolves.toMatchInlineSnapshot(`
		"API documents: 1 problem

		openapi/api.yaml:1:1: /openapi: OpenAPI 3.0.3 is not supported; this site reads OpenAPI 3.1.x [openapi/unsupported-version]
		  fix: write \`openapi: 3.1.1\`; the reference, the mock and the example checks read OpenAPI 3.1"
	`);
	await expect(lint(small.replace('openapi: 3.1.1\n', ''))).resolves.toMatchInlineSnapshot(`
		"API documents: 1 problem

		openapi/api.yaml:1:1: /openapi: not an OpenAPI document: the \`openapi\` field is missing [openapi/unsupported-version]
		  fix: write \`openapi: 3.1.1\`; the reference, the mock and the example checks read OpenAPI 3.1"
	`);
});

test('reports an unresolved $ref and examples that violate their schemas, all in one report', async () => {
	const broken = small
		.replace("$ref: '#/components/schemas/Thing'", "$ref: '#/components/schemas/Thingy'")
		.replace('size: 64Gi', 'size: 64 GB')
		.replace(`example: '"a1"'`, 'example: a1')
		.replace('example: t-1', 'example: 12');
	await expect(lint(broken)).resolves.toMatchInlineSnapshot(`
		"API documents: 4 problems

		openapi/api.yaml:20:18: /paths/~1things~1{thingId}/parameters/0/example: Example value must conform to the schema: type must be string. [openapi/no-invalid-parameter-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification
		openapi/api.yaml:32:15: /paths/~1things~1{thingId}/put/requestBody/content/application~1json/schema: \`$ref: #/components/schemas/Thingy\` does not resolve [openapi/no-unresolved-refs]
		  fix: point \`$ref\` at an existing definition, e.g. \`#/components/schemas/<Name>\`; check the spelling
		openapi/api.yaml:47:15: /paths/~1things~1{thingId}/put/responses/204/headers/ETag/example: Example value must conform to the schema: must match pattern "^"[0-9a-f]+"$" [openapi/header-example]
		  fix: make the example and its schema agree: fix whichever contradicts the specification
		openapi/api.yaml:58:5: /components/schemas/Thing: Component: "Thing" is never used. [openapi/no-unused-components]
		  fix: reference the component from an operation, or delete it"
	`);
});

test('reports examples that violate their schema with the pointer of the field', async () => {
	await expect(lint(small.replace('size: 64Gi', 'size: 64 GB'))).resolves.toMatchInlineSnapshot(`
		"API documents: 1 problem

		openapi/api.yaml:37:25: /paths/~1things~1{thingId}/put/requestBody/content/application~1json/examples/lamp/value/size: Example value must conform to the schema: \`size\` property must match pattern "^[0-9]+Gi$". [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification"
	`);
});

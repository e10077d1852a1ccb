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

test('rejects a version other than Swagger 2.0, OpenAPI 3.0 and 3.1', async () => {
	await expect(lint(small.replace('openapi: 3.1.1', 'openapi: 3.2.0'))).resolves.toMatchInlineSnapshot(`
		"API documents: 1 problem

		openapi/api.yaml:1:1: /openapi: OpenAPI 3.2.0 is not supported; this site reads Swagger 2.0 and OpenAPI 3.0 and 3.1 [openapi/unsupported-version]
		  fix: write \`swagger: '2.0'\`, \`openapi: 3.0.x\` or \`openapi: 3.1.x\`; other versions are upgraded to 3.1 when the site is built"
	`);
	await expect(lint(small.replace('openapi: 3.1.1\n', ''))).resolves.toMatchInlineSnapshot(`
		"API documents: 1 problem

		openapi/api.yaml:1:1: not an API description: neither an \`openapi\` nor a \`swagger\` field is present [openapi/unsupported-version]
		  fix: write \`swagger: '2.0'\`, \`openapi: 3.0.x\` or \`openapi: 3.1.x\`; other versions are upgraded to 3.1 when the site is built"
	`);
});

test('checks an OpenAPI 3.0 document in its 3.1 form and reports at lines of the 3.0 file', async () => {
	const fixture = join(root, 'tests/fixtures/api-warn');
	await expect(formatReport('API documents', await lintApiDocument(fixture, 'openapi/weather.yaml'))).toMatchInlineSnapshot(`
		"API documents: 3 problems

		openapi/weather.yaml:14:7: /paths/~1readings~1latest/get: Every operation should have security defined on it or on the root level. [openapi/security-defined]
		  fix: give the operation (or the document) \`security\`, naming schemes of \`components.securitySchemes\`; \`security: []\` for an open one
		openapi/weather.yaml:25:17: /paths/~1readings~1latest/get/responses/200/content/application~1json/example/temperature: Example value must conform to the schema: \`temperature\` property type must be number. [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification
		openapi/weather.yaml:26:17: /paths/~1readings~1latest/get/responses/200/content/application~1json/example/windSpeed: Example value must conform to the schema: \`windSpeed\` property must be >= 0. [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification"
	`);
});

test('accepts the examples of a 3.0 document that are valid because of nullable', async () => {
	const fixture = join(root, 'tests/fixtures/api-versions');
	const problems = await lintApiDocument(fixture, 'openapi/field-notes.yaml');
	expect(problems.filter((p) => p.code !== 'openapi/security-defined')).toEqual([]);
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

test('reports a reference to a missing file of an OpenAPI 3.0 document instead of failing', async () => {
	const text = small.replace('openapi: 3.1.1', 'openapi: 3.0.3').replace("$ref: '#/components/schemas/Thing'", "$ref: 'shared/missing.yaml#/Thing'");
	const report = await lint(text);
	expect(report).toMatch(/^API documents: 1 problem\n\nopenapi\/api\.yaml:1:1: .*missing\.yaml.* \[openapi\/no-unresolved-refs\]/);
});

test('stops at an alias bomb and at a document nested too deep, naming the file and what is wrong', async () => {
	const bomb = ['openapi: 3.1.0', 'info: { title: Bomb, version: "1" }', 'paths: {}', 'x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
	for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) bomb.push(`x-${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
	expect(await lint(bomb.join('\n'))).toMatchInlineSnapshot(`
		"API documents: 1 problem

		openapi/api.yaml:5:10: aliases (\`*name\`) expand into more than 100 values, which is how an alias bomb makes a small file huge [openapi/alias-limit]
		  fix: write the repeated values out, or use fewer aliases (\`*name\`): at most 100 expansions per document"
	`);
	let deep = 'openapi: 3.1.0\ninfo: { title: Deep, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Deep:\n';
	let indent = '      ';
	for (let level = 0; level < 5000; level++, indent += '  ') deep += `${indent}items:\n`;
	deep += `${indent}type: string\n`;
	expect(await lint(deep)).toMatchInlineSnapshot(`
		"API documents: 1 problem

		openapi/api.yaml:895:1783: values are nested too deeply for the YAML parser [openapi/too-deep]
		  fix: name deeply nested schemas in components/schemas and refer to them with \`$ref\`; at most 128 levels"
	`);
	const json = `{"openapi":"3.1.0","info":{"title":"Deep","version":"1"},"paths":{},"components":{"schemas":{"Deep":${'{"items":'.repeat(5000)}{}${'}'.repeat(5000)}}}}`;
	const dir = mkdtempSync(join(tmpdir(), 'margo-lint-'));
	mkdirSync(join(dir, 'openapi'));
	writeFileSync(join(dir, 'openapi/api.json'), json);
	expect(formatReport('API documents', await lintApiDocument(dir, 'openapi/api.json'))).toMatchInlineSnapshot(`
		"API documents: 1 problem

		openapi/api.json:1:1226: values are nested more than 128 levels deep (from /components/schemas/Deep/items/items/items/…); this site reads documents up to 128 levels [openapi/too-deep]
		  fix: name deeply nested schemas in components/schemas and refer to them with \`$ref\`; at most 128 levels"
	`);
});

test('passes a 3.0 document with nullable beside oneOf and anyOf, as its 3.1 form has them', async () => {
	const unions = small
		.replace('openapi: 3.1.1', 'openapi: 3.0.3')
		.replace(
			'      properties:\n',
			[
				'      properties:',
				'        state:',
				'          description: Its state, if known.',
				'          nullable: true',
				'          oneOf: [{ type: string }, { type: integer }]',
				'        weight:',
				'          description: Its weight, if known.',
				'          nullable: true',
				'          anyOf: [{ type: integer }, { type: number }]',
				'',
			].join('\n'),
		);
	await expect(lint(unions)).resolves.toBe('API documents: 0 problems\n');
});

test('gives every problem a fix, also for Redocly’s rules: a missing operationId, a server URL ending in a slash', async () => {
	const careless = small.replace('      operationId: putThing\n', '').replace('url: https://wfm.example.com/api/v1', 'url: https://wfm.example.com/api/v1/');
	await expect(lint(careless)).resolves.toMatchInlineSnapshot(`
		"API documents: 2 problems

		openapi/api.yaml:7:10: /servers/0/url: Server \`url\` should not have a trailing slash. [openapi/no-server-trailing-slash]
		  fix: remove the \`/\` at the end of the server \`url\`: paths start with one
		openapi/api.yaml:21:5: /paths/~1things~1{thingId}/put/operationId: Operation object should contain \`operationId\` field. [openapi/operation-operationId]
		  fix: give the operation a unique \`operationId\`, e.g. \`listDevices\`; clients and the reference name it by that"
	`);
});

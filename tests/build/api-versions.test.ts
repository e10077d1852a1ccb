import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, problemReport, projectRoot } from '../support/run-astro.ts';

/** A report printed as a warning: from its title line up to the next line of the build log. */
function warningReport(output: string, title: string): string {
	const start = output.indexOf(`${title}:`);
	if (start === -1) throw new Error(`The build printed no "${title}:" report. Its output:\n${output}`);
	const end = output.slice(start).search(/\n\d\d:\d\d:\d\d /);
	return output.slice(start, end === -1 ? undefined : start + end);
}

const WARN_TITLE = 'API documents checked at level warn (the build goes on)';

test('builds a reference, downloads and a mock target for a Swagger 2.0, an OpenAPI 3.0 and a 3.1 document', async () => {
	const { code, output, outDir } = await buildFixture('api-versions');
	try {
		expect(code, output).toBe(0);
		expect(output).not.toContain(WARN_TITLE);
		const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
		const fixture = (name: string) => readFileSync(join(projectRoot, 'tests/fixtures/api-versions/openapi', name), 'utf8');
		// The downloads serve each document as written; its 3.1 form is offered beside them.
		expect(read('openapi/greenhouse.yaml')).toBe(fixture('greenhouse.yaml'));
		expect(JSON.parse(read('openapi/greenhouse.json'))).toMatchObject({ swagger: '2.0', basePath: '/v2' });
		expect(JSON.parse(read('openapi/field-notes.json'))).toMatchObject({ openapi: '3.0.3' });
		expect(JSON.parse(read('openapi/greenhouse.3.1.json'))).toMatchObject({
			openapi: '3.1.1',
			servers: [{ url: 'https://greenhouse.example/v2' }],
		});
		const versions = ['greenhouse', 'field-notes', 'tasks'].map((id) => {
			const html = read(`reference/${id}/index.html`);
			return {
				id,
				written: /Written in <strong>([^<]+)<\/strong>(, shown here in its OpenAPI 3\.1 form)?/.exec(html)?.slice(1).join(''),
				operations: (html.match(/class="api-op"/g) ?? []).length,
				tryIt: /data-document-url="([^"]+)"\s+data-mock-path="([^"]+)"/.exec(html)?.slice(1),
			};
		});
		expect(versions).toEqual([
			{
				id: 'greenhouse',
				written: 'Swagger 2.0, shown here in its OpenAPI 3.1 form',
				operations: 5,
				tryIt: ['/openapi/greenhouse.3.1.json', 'mock/greenhouse'],
			},
			{
				id: 'field-notes',
				written: 'OpenAPI 3.0.3, shown here in its OpenAPI 3.1 form',
				operations: 3,
				tryIt: ['/openapi/field-notes.3.1.json', 'mock/field-notes'],
			},
			{ id: 'tasks', written: 'OpenAPI 3.1.1', operations: 3, tryIt: ['/openapi/tasks.3.1.json', 'mock/tasks'] },
		]);
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
});

test('stops on a Swagger 2.0 body parameter whose $ref does not resolve, even at level warn', async () => {
	const result = await buildFixture('api-bad-ref-2.0');
	expect(result.code).not.toBe(0);
	expect(problemReport(result.output, 'API documents and examples')).toMatchInlineSnapshot(`
		"API documents and examples: 1 problem

		openapi/orchard.yaml:19:13: /paths/~1trees/post/parameters/0/schema: \`$ref: #/definitions/Sapling\` does not resolve [openapi/no-unresolved-refs]
		  fix: point \`$ref\` at an existing definition, e.g. \`#/components/schemas/<Name>\`; check the spelling
		"
	`);
});

test('prints the example problems of a document at level warn and builds', async () => {
	const { code, output, outDir } = await buildFixture('api-warn');
	rmSync(outDir, { recursive: true, force: true });
	expect(code, output).toBe(0);
	expect(warningReport(output, WARN_TITLE)).toMatchInlineSnapshot(`
		"API documents checked at level warn (the build goes on): 3 problems

		openapi/weather.yaml:14:7: /paths/~1readings~1latest/get: Every operation should have security defined on it or on the root level. [openapi/security-defined]
		  fix: give the operation (or the document) \`security\`, naming schemes of \`components.securitySchemes\`; \`security: []\` for an open one
		openapi/weather.yaml:25:17: /paths/~1readings~1latest/get/responses/200/content/application~1json/example/temperature: Example value must conform to the schema: \`temperature\` property type must be number. [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification
		openapi/weather.yaml:26:17: /paths/~1readings~1latest/get/responses/200/content/application~1json/example/windSpeed: Example value must conform to the schema: \`windSpeed\` property must be >= 0. [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification"
	`);
});

test('stops on the same problems when the document is strict, at lines of the OpenAPI 3.0 file', async () => {
	const result = await buildFixture('api-strict');
	expect(result.code).not.toBe(0);
	expect(problemReport(result.output, 'API documents and examples')).toMatchInlineSnapshot(`
		"API documents and examples: 3 problems

		openapi/weather.yaml:14:7: /paths/~1readings~1latest/get: Every operation should have security defined on it or on the root level. [openapi/security-defined]
		  fix: give the operation (or the document) \`security\`, naming schemes of \`components.securitySchemes\`; \`security: []\` for an open one
		openapi/weather.yaml:25:17: /paths/~1readings~1latest/get/responses/200/content/application~1json/example/temperature: Example value must conform to the schema: \`temperature\` property type must be number. [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification
		openapi/weather.yaml:26:17: /paths/~1readings~1latest/get/responses/200/content/application~1json/example/windSpeed: Example value must conform to the schema: \`windSpeed\` property must be >= 0. [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification
		To publish weather as it is (its problems printed, the build going on), add \`weather: warn\` to openapi/checks.yaml.
		"
	`);
});

test('stops on an openapi/checks.yaml that names an unknown document or level, with its lines', async () => {
	const result = await buildFixture('api-bad-checks');
	expect(result.code).not.toBe(0);
	expect(problemReport(result.output, 'API documents and examples')).toMatchInlineSnapshot(`
		"API documents and examples: 2 problems

		openapi/checks.yaml:2:1: wether: \`wether\` names no document of openapi/ [checks/unknown-document]
		  fix: the documents are: tasks; or remove the line
		openapi/checks.yaml:3:1: tasks: \`loose\` is not a check level [checks/unknown-level]
		  fix: write \`strict\` (problems stop the build) or \`warn\` (problems are printed)
		"
	`);
});

test('removes unsafe Markdown from the reference of a document at level warn and reports it', async () => {
	const { code, output, outDir } = await buildFixture('api-unsafe-markdown');
	try {
		expect(code, output).toBe(0);
		expect(warningReport(output, WARN_TITLE)).toMatchInlineSnapshot(`
			"API documents checked at level warn (the build goes on): 4 problems

			openapi/guestbook.yaml:5:3: /info/description: Markdown descriptions must not contain '<script>' tags. [openapi/no-unsafe-markdown]
			  fix: remove it from the description; at \`warn\` the reference shows the description without it
			openapi/guestbook.yaml:16:7: /paths/~1entries/get: Every operation should have security defined on it or on the root level. [openapi/security-defined]
			  fix: give the operation (or the document) \`security\`, naming schemes of \`components.securitySchemes\`; \`security: []\` for an open one
			openapi/guestbook.yaml:19:7: /paths/~1entries/get/description: Markdown descriptions must not contain HTML event handler attributes. [openapi/no-unsafe-markdown]
			  fix: remove it from the description; at \`warn\` the reference shows the description without it
			openapi/guestbook.yaml:19:7: /paths/~1entries/get/description: Markdown descriptions must not contain 'javascript:' URLs. [openapi/no-unsafe-markdown]
			  fix: remove it from the description; at \`warn\` the reference shows the description without it"
		`);
		const page = readFileSync(join(outDir, 'reference/guestbook/index.html'), 'utf8');
		const served = readFileSync(join(outDir, 'openapi/guestbook.3.1.json'), 'utf8');
		for (const text of [page, served]) {
			expect(text).not.toMatch(/<script>fetch|tracker\.example|onerror|javascript:/);
		}
		expect(page).toContain('Visitors sign the guestbook of a museum.');
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
});

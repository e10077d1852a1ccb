import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { problemReport, projectRoot } from '../support/run-astro.ts';
import { sharedBuild } from '../support/shared-build.ts';

/** A report printed as a warning: from its title line up to the next line of the build log. */
function warningReport(output: string, title: string): string {
	const start = output.indexOf(`${title}:`);
	if (start === -1) throw new Error(`The build printed no "${title}:" report. Its output:\n${output}`);
	const end = output.slice(start).search(/\n\d\d:\d\d:\d\d /);
	return output.slice(start, end === -1 ? undefined : start + end);
}

const WARN_TITLE = 'API documents checked at level warn (the build goes on)';

test('builds a reference, downloads and a mock target for a Swagger 2.0, an OpenAPI 3.0 and a 3.1 document', async () => {
	// The same build tests/browser/try-it-generic-mock.test.ts serves.
	const { code, output, outDir } = await sharedBuild('fixture/api-versions');
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
});

/** The problems of one document in a report, each with its `fix:` line. */
function problemsOf(report: string, file: string): string {
	const blocks = report.split(/\n(?=\S)/).filter((block) => block.startsWith(`${file}:`));
	return blocks.join('\n');
}

// `api-warn` holds two documents at level warn; both tests read its one build.
test('prints the example problems of a document at level warn and builds', async () => {
	const { code, output } = await sharedBuild('fixture/api-warn');
	expect(code, output).toBe(0);
	const report = warningReport(output, WARN_TITLE);
	expect(report.split('\n')[0]).toBe(`${WARN_TITLE}: 7 problems`);
	expect(problemsOf(report, 'openapi/weather.yaml')).toMatchInlineSnapshot(`
		"openapi/weather.yaml:14:7: /paths/~1readings~1latest/get: Every operation should have security defined on it or on the root level. [openapi/security-defined]
		  fix: give the operation (or the document) \`security\`, naming schemes of \`components.securitySchemes\`; \`security: []\` for an open one
		openapi/weather.yaml:25:17: /paths/~1readings~1latest/get/responses/200/content/application~1json/example/temperature: Example value must conform to the schema: \`temperature\` property type must be number. [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification
		openapi/weather.yaml:26:17: /paths/~1readings~1latest/get/responses/200/content/application~1json/example/windSpeed: Example value must conform to the schema: \`windSpeed\` property must be >= 0. [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification"
	`);
});

// `api-stops` holds three documents that stop the build, each for its own reason: one report, one build.
const STOPS = 'fixture/api-stops';
const stopReport = async () => {
	const { code, output } = await sharedBuild(STOPS);
	expect(code).not.toBe(0);
	const report = problemReport(output, 'API documents and examples');
	expect(report.split('\n')[0]).toBe('API documents and examples: 6 problems');
	return report;
};

test('stops on a Swagger 2.0 body parameter whose $ref does not resolve, even at level warn', async () => {
	expect(problemsOf(await stopReport(), 'openapi/orchard.yaml')).toMatchInlineSnapshot(`
		"openapi/orchard.yaml:19:13: /paths/~1trees/post/parameters/0/schema: \`$ref: #/definitions/Sapling\` does not resolve [openapi/no-unresolved-refs]
		  fix: point \`$ref\` at an existing definition, e.g. \`#/components/schemas/<Name>\`; check the spelling"
	`);
});

test('stops on the same problems when the document is strict, at lines of the OpenAPI 3.0 file', async () => {
	const report = await stopReport();
	expect(problemsOf(report, 'openapi/weather.yaml')).toMatchInlineSnapshot(`
		"openapi/weather.yaml:14:7: /paths/~1readings~1latest/get: Every operation should have security defined on it or on the root level. [openapi/security-defined]
		  fix: give the operation (or the document) \`security\`, naming schemes of \`components.securitySchemes\`; \`security: []\` for an open one
		openapi/weather.yaml:25:17: /paths/~1readings~1latest/get/responses/200/content/application~1json/example/temperature: Example value must conform to the schema: \`temperature\` property type must be number. [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification
		openapi/weather.yaml:26:17: /paths/~1readings~1latest/get/responses/200/content/application~1json/example/windSpeed: Example value must conform to the schema: \`windSpeed\` property must be >= 0. [openapi/no-invalid-media-type-examples]
		  fix: make the example and its schema agree: fix whichever contradicts the specification"
	`);
	expect(report).toContain(
		'\nTo publish weather as it is (its problems printed, the build going on), add `weather: warn` to openapi/checks.yaml.\n',
	);
});

test('stops on an openapi/checks.yaml that names an unknown document or level, with its lines', async () => {
	expect(problemsOf(await stopReport(), 'openapi/checks.yaml')).toMatchInlineSnapshot(`
		"openapi/checks.yaml:2:1: wether: \`wether\` names no document of openapi/ [checks/unknown-document]
		  fix: did you mean \`weather\`? the documents are: orchard, tasks, weather; or remove the line
		openapi/checks.yaml:3:1: tasks: \`loose\` is not a check level [checks/unknown-level]
		  fix: write \`strict\` (problems stop the build) or \`warn\` (problems are printed)"
	`);
});

test('removes unsafe Markdown from the reference of a document at level warn and reports it', async () => {
	const { code, output, outDir } = await sharedBuild('fixture/api-warn');
	expect(code, output).toBe(0);
	expect(problemsOf(warningReport(output, WARN_TITLE), 'openapi/guestbook.yaml')).toMatchInlineSnapshot(`
		"openapi/guestbook.yaml:5:3: /info/description: Markdown descriptions must not contain '<script>' tags. [openapi/no-unsafe-markdown]
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
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, buildSite, problemReport } from '../support/run-astro.ts';
import { scratchSite } from '../support/scratch-site.ts';

/**
 * API documents come from third parties; a pull request's build publishes what they reference.
 * A `$ref` that leaves openapi/ or names a URL stops the build at every check level (the
 * fixtures' documents are at `warn`), and nothing it names is read, published or fetched.
 */

const TITLE = 'API documents and examples';

/** Every file of a folder (none when it does not exist), as text. */
function filesOf(folder: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.map((name) => join(folder, name))
		.filter((path) => statSync(path).isFile())
		.map((path) => readFileSync(path, 'utf8'));
}

test('stops the build on references to absolute paths, ../ paths and links leaving openapi/, and publishes none of them', async () => {
	const marker = `margo-leak-${process.pid}-${Date.now()}`;
	const { code, output, outDir } = await buildFixture('api-ref-escape', { MARGO_LEAK_MARKER: marker });
	try {
		expect(code).not.toBe(0);
		expect(problemReport(output, TITLE)).toMatchInlineSnapshot(`
			"API documents and examples: 5 problems

			openapi/leak-30.yaml:19:19: /paths/~1environment/get/responses/200/content/text~1plain/examples/environment/$ref: \`$ref: ../outside/../../../../../../proc/self/environ\` leads outside openapi/ (symbolic links followed); a document may only reference files inside it [openapi/ref-outside-openapi]
			  fix: keep every file a document references inside openapi/ and point at it with a relative path, e.g. \`$ref: ./shared/thing.yaml\`
			openapi/leak.yaml:19:17: /paths/~1environment/get/responses/200/content/text~1plain/example/$ref: \`$ref: /proc/self/environ\` is an absolute path; a document may only reference files inside openapi/ [openapi/ref-outside-openapi]
			  fix: keep every file a document references inside openapi/ and point at it with a relative path, e.g. \`$ref: ./shared/thing.yaml\`
			openapi/leak.yaml:30:17: /paths/~1passwd/get/responses/200/content/text~1plain/schema/$ref: \`$ref: /etc/passwd\` is an absolute path; a document may only reference files inside openapi/ [openapi/ref-outside-openapi]
			  fix: keep every file a document references inside openapi/ and point at it with a relative path, e.g. \`$ref: ./shared/thing.yaml\`
			openapi/leak.yaml:41:17: /paths/~1package/get/responses/200/content/application~1json/schema/$ref: \`$ref: ../../../../package.json\` leads outside openapi/ (symbolic links followed); a document may only reference files inside it [openapi/ref-outside-openapi]
			  fix: keep every file a document references inside openapi/ and point at it with a relative path, e.g. \`$ref: ./shared/thing.yaml\`
			openapi/leak.yaml:52:17: /paths/~1linked/get/responses/200/content/application~1json/schema/$ref: \`$ref: ./shared/linked.yaml\` leads outside openapi/ (symbolic links followed); a document may only reference files inside it [openapi/ref-outside-openapi]
			  fix: keep every file a document references inside openapi/ and point at it with a relative path, e.g. \`$ref: ./shared/thing.yaml\`
			"
		`);
		for (const text of [output, ...filesOf(outDir)]) {
			expect(text).not.toContain(marker);
			expect(text).not.toContain('MARGO-OUTSIDE-SECRET');
			expect(text).not.toMatch(/root:x:0:0/);
			expect(text).not.toContain('"name": "margo-spec-site');
		}
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
});

test('stops the build on references to URLs without contacting their server', async () => {
	const requests: string[] = [];
	const server = createServer((request, response) => {
		requests.push(request.url ?? '');
		response.setHeader('content-type', 'application/yaml');
		response.end('type: string\nexample: MARGO-REMOTE-CONTENT\n');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	// The port is known only now: the documents are written here.
	const document = [
		'openapi: 3.1.0',
		'info: { title: Remote, version: 1.0.0 }',
		'paths:',
		'  /thing:',
		'    get:',
		'      operationId: getThing',
		'      responses:',
		"        '200':",
		'          description: A thing.',
		'          content:',
		'            application/json:',
		'              schema:',
		`                $ref: http://127.0.0.1:${port}/thing.yaml`,
		'  /other:',
		'    get:',
		'      operationId: getOther',
		'      responses:',
		"        '200':",
		'          description: Another thing, through a file inside openapi/.',
		'          content:',
		'            application/json:',
		'              schema:',
		'                $ref: ./shared/other.yaml',
		'',
	].join('\n');
	const site = scratchSite('remote-ref', {
		'openapi/checks.yaml': 'remote: warn\n',
		'openapi/remote.yaml': document,
		'openapi/shared/other.yaml': `type: object\nproperties:\n  inner:\n    $ref: 'https://127.0.0.1:${port}/inner.yaml'\n`,
	});
	try {
		const { code, output, outDir } = await buildSite(site);
		rmSync(outDir, { recursive: true, force: true });
		expect(code).not.toBe(0);
		expect(problemReport(output, TITLE).replaceAll(String(port), '<port>')).toMatchInlineSnapshot(`
			"API documents and examples: 2 problems

			openapi/remote.yaml:13:17: /paths/~1thing/get/responses/200/content/application~1json/schema/$ref: \`$ref: http://127.0.0.1:<port>/thing.yaml\` names a remote document; the build reads no URL [openapi/remote-ref]
			  fix: save the referenced document in openapi/ (e.g. openapi/shared/) and point \`$ref\` at the copy with a relative path
			openapi/shared/other.yaml:4:5: /properties/inner/$ref: \`$ref: https://127.0.0.1:<port>/inner.yaml\` names a remote document; the build reads no URL [openapi/remote-ref]
			  fix: save the referenced document in openapi/ (e.g. openapi/shared/) and point \`$ref\` at the copy with a relative path
			"
		`);
		expect(requests).toEqual([]);
	} finally {
		server.close();
		rmSync(site, { recursive: true, force: true });
	}
});

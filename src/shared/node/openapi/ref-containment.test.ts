import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadApiDocument } from './documents.ts';
import { isRemoteRef, refTarget } from './ref-containment.ts';

/** A scratch project with `openapi/api.yaml` referencing `ref`, a file beside it and a secret outside. */
function project(ref: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'margo-refs-'));
	mkdirSync(join(dir, 'openapi', 'shared'), { recursive: true });
	writeFileSync(join(dir, 'secret.yaml'), 'type: string\nexample: MARGO-SECRET\n');
	writeFileSync(join(dir, 'openapi', 'shared', 'thing.yaml'), 'type: string\n');
	symlinkSync(join(dir, 'secret.yaml'), join(dir, 'openapi', 'shared', 'link.yaml'));
	symlinkSync(dir, join(dir, 'openapi', 'shared', 'up'));
	const document = `openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Thing:\n      $ref: '${ref}'\n`;
	writeFileSync(join(dir, 'openapi', 'api.yaml'), document);
	return dir;
}

test('names every scheme and network path as remote', () => {
	for (const ref of ['http://127.0.0.1/x.yaml', 'HTTPS://a/b', 'file:///etc/passwd', 'data:text/plain,x', 'ftp://h/x', '//host/x.yaml', 'urn:x:y'])
		expect(isRemoteRef(ref), ref).toBe(true);
	for (const ref of ['./shared/thing.yaml', 'shared/thing.yaml#/a', '../openapi/x.yaml', '#/components/schemas/A']) expect(isRemoteRef(ref), ref).toBe(false);
});

test('resolves a file inside openapi/ to its real path and refuses every way out', () => {
	const dir = project('./shared/thing.yaml');
	const from = join(dir, 'openapi', 'api.yaml');
	expect(refTarget(dir, from, './shared/thing.yaml#/type')).toEqual({ path: join(dir, 'openapi', 'shared', 'thing.yaml') });
	expect(refTarget(dir, from, './shared/../shared/thing.yaml')).toEqual({ path: join(dir, 'openapi', 'shared', 'thing.yaml') });
	expect(refTarget(dir, from, './shared/missing.yaml')).toEqual({ missing: join(dir, 'openapi', 'shared', 'missing.yaml') });
	const refusals = ['/etc/passwd', '/proc/self/environ', '../secret.yaml', '%2e%2e/secret.yaml', './shared/link.yaml', './shared/up/secret.yaml', '../missing.yaml', 'http://127.0.0.1:1/x.yaml'];
	expect(Object.fromEntries(refusals.map((ref) => [ref, (refTarget(dir, from, ref) as { refused?: { code: string } }).refused?.code]))).toEqual({
		'/etc/passwd': 'openapi/ref-outside-openapi',
		'/proc/self/environ': 'openapi/ref-outside-openapi',
		'../secret.yaml': 'openapi/ref-outside-openapi',
		'%2e%2e/secret.yaml': 'openapi/ref-outside-openapi',
		'./shared/link.yaml': 'openapi/ref-outside-openapi',
		'./shared/up/secret.yaml': 'openapi/ref-outside-openapi',
		'../missing.yaml': 'openapi/ref-outside-openapi',
		'http://127.0.0.1:1/x.yaml': 'openapi/remote-ref',
	});
});

test('refuses to load a document whose reference leaves openapi/, for the pages, downloads and mock alike', () => {
	expect(() => loadApiDocument(project('../secret.yaml'), 'openapi/api.yaml')).toThrowErrorMatchingInlineSnapshot(`[Error: openapi/api.yaml: \`$ref: ../secret.yaml\` leads outside openapi/ (symbolic links followed); a document may only reference files inside it]`);
	expect(() => loadApiDocument(project('./shared/link.yaml'), 'openapi/api.yaml')).toThrowErrorMatchingInlineSnapshot(`[Error: openapi/api.yaml: \`$ref: ./shared/link.yaml\` leads outside openapi/ (symbolic links followed); a document may only reference files inside it]`);
	expect(() => loadApiDocument(project('http://127.0.0.1:1/x.yaml'), 'openapi/api.yaml')).toThrowErrorMatchingInlineSnapshot(`[Error: openapi/api.yaml: \`$ref: http://127.0.0.1:1/x.yaml\` names a remote document; the build reads no URL]`);
	expect(loadApiDocument(project('./shared/thing.yaml'), 'openapi/api.yaml').document['components']).toEqual({ schemas: { Thing: { type: 'string' } } });
});

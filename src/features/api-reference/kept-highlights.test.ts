import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createHighlight } from '#shared/shiki.ts';
import { keptHighlights } from './kept-highlights.ts';
import { referenceHighlight } from './render/reference-highlight.ts';

const root = mkdtempSync(join(tmpdir(), 'margo-kept-highlights-'));
const cacheDir = join(root, 'cache');
const document = join(root, 'openapi', 'small-api.yaml');
mkdirSync(join(root, 'openapi'));
cpSync(new URL('./openapi/small-api.fixture.yaml', import.meta.url), document);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const keptFile = join(cacheDir, 'margo-reference-highlights.json');

test('keeps each block of the references as Shiki highlights it, and takes the kept blocks while the documents are the same', async () => {
	const blocks = await keptHighlights({ root, cacheDir, base: '/' });
	const highlight = await createHighlight();
	expect(blocks.map(([lang]) => lang)).toEqual(expect.arrayContaining(['shellscript', 'javascript', 'python', 'go', 'json']));
	for (const [lang, code, html] of blocks) expect(html).toBe(highlight(code, lang));

	// A kept result stands for the work while its key holds: the changed value comes back as it is.
	const saved = JSON.parse(readFileSync(keptFile, 'utf8')) as { value: [string, string, string][] };
	saved.value = saved.value.map(([lang, code]) => [lang, code, 'kept']);
	writeFileSync(keptFile, JSON.stringify(saved));
	expect((await keptHighlights({ root, cacheDir, base: '/' })).every(([, , html]) => html === 'kept')).toBe(true);

	writeFileSync(document, readFileSync(document, 'utf8').replace('title: Small API', 'title: Smaller API'));
	expect((await keptHighlights({ root, cacheDir, base: '/' })).some(([, , html]) => html === 'kept')).toBe(false);
});

test('takes a kept block as it is and highlights any other', async () => {
	const highlight = await referenceHighlight([['json', '{"a": 1}', '<pre>kept</pre>']]);
	expect(highlight('{"a": 1}', 'json')).toBe('<pre>kept</pre>');
	expect(highlight('{"b": 2}', 'json')).toBe((await createHighlight())('{"b": 2}', 'json'));
	expect(highlight('{"a": 1}', 'yaml')).not.toBe('<pre>kept</pre>');
});

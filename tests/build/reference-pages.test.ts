import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture } from '../support/run-astro.ts';

test('adds a reference page, downloads and a sidebar link for each file of openapi/', async () => {
	const result = await buildFixture('two-api-documents');
	expect(result.code, result.output).toBe(0);
	for (const id of ['gadgets', 'things']) {
		for (const file of [`reference/${id}/index.html`, `openapi/${id}.yaml`, `openapi/${id}.json`]) {
			expect(existsSync(join(result.outDir, file)), file).toBe(true);
		}
	}
	const list = readFileSync(join(result.outDir, 'reference/index.html'), 'utf8');
	expect(list).toContain('href="/reference/gadgets/"');
	expect(list).toContain('href="/reference/things/"');
	const page = readFileSync(join(result.outDir, 'overview/gadgets/index.html'), 'utf8');
	const start = page.search(/<nav[^>]*aria-label="Main"/);
	const sidebar = page.slice(start, page.indexOf('</nav>', start));
	expect(sidebar).toMatch(/href="\/reference\/gadgets\/"[^>]*>\s*<span[^>]*>Gadget API/);
	expect(sidebar).toMatch(/href="\/reference\/things\/"[^>]*>\s*<span[^>]*>Small API/);
	expect(readFileSync(join(result.outDir, 'reference/gadgets/index.html'), 'utf8')).toContain('id="op-putGadget"');
});

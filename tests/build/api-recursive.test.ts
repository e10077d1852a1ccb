import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { sharedBuild } from '../support/shared-build.ts';

/**
 * `api-documents` (one build, shared with reference-pages.test.ts): `forests` has more than 60 operations (its reference is split into pages) and
 * schemas that contain themselves through arrays and nested objects; `garden` is on one page.
 * Each recursion is shown as a link to the schema, at any depth, and the build ends.
 */
test('renders recursive schemas as links to the schema in split and single-page references', async () => {
	const { code, output, outDir } = await sharedBuild('fixture/api-documents');
	expect(code, output).toBe(0);
	const forests = join(outDir, 'reference/forests');
	expect(readdirSync(forests).sort()).toEqual(['forests', 'index.html', 'parts', 'schemas', 'trees']);
	const parts = Object.assign(
		{},
		...readdirSync(join(forests, 'parts')).map(
			(file) => JSON.parse(readFileSync(join(forests, 'parts', file), 'utf8')) as Record<string, string>,
		),
	) as Record<string, string>;
	const link = '<a class="api-type-link" href="/reference/forests/schemas/#schema-node"><span class="api-type">Node</span></a>';
	// Node's own fields, loaded when opened: its children are an array of links back to it.
	const node = Object.values(parts).find((html) => html.includes('<code class="api-field__name">children</code>'));
	expect(node).toContain(`<code class="api-field__name">children</code> array of ${link}`);
	// Deeper down (meta → siblings → node), Node is still a link, and every part a page names exists.
	expect(Object.values(parts).some((html) => html.includes(`<code class="api-field__name">node</code> ${link}`))).toBe(true);
	for (const html of [...Object.values(parts), readFileSync(join(forests, 'schemas/index.html'), 'utf8')]) {
		for (const [, id] of html.matchAll(/data-part="([0-9a-f]+)"/g)) expect(parts[id!], id).toBeTruthy();
	}
	const garden = readFileSync(join(outDir, 'reference/garden/index.html'), 'utf8');
	const plant = '<a class="api-type-link" href="#schema-plant"><span class="api-type">Plant</span></a>';
	expect(garden).toContain(`<code class="api-field__name">offshoots</code> array of ${plant}`);
	// `graft` is a child attribute, loaded when opened: its `onto` is a link back to Plant too.
	const gardenParts = readdirSync(join(outDir, 'reference/garden/parts')).flatMap((file) =>
		Object.values(JSON.parse(readFileSync(join(outDir, 'reference/garden/parts', file), 'utf8')) as Record<string, string>),
	);
	const plantAnywhere = plant.replace('href="#', 'href="/reference/garden/#');
	expect(gardenParts.some((html) => html.includes(`<code class="api-field__name">onto</code> array of ${plantAnywhere}`))).toBe(true);
});

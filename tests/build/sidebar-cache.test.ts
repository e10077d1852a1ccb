import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from '../support/run-astro.ts';
import { sidebarTemplate } from '../../src/features/site/sidebar-cache.ts';

/** Every HTML page of a built site, by its path in the output. */
function pages(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.html'));
	return new Map(files.sort().map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

const sidebarOf = (html: string) => /<sl-sidebar-state-persist[\s\S]*<\/sl-sidebar-state-persist>/.exec(html)?.[0] ?? '';

// The fixture's sidebar links in tree order, by the page that is current on each (see its astro.config.mjs).
const LINKS = ['index.html', 'a/one/', 'a/two/', 'b/four/', 'b/deep/three/', null, null, 'c/five/', 'c/six/'];

test('renders every sidebar shape exactly as Starlight does, from one template per shape', async () => {
	const [cached, plain] = [await buildFixture('sidebar-shapes'), await buildFixture('sidebar-shapes', { SIDEBAR_CACHE: 'off' })];
	expect(cached.code, cached.output).toBe(0);
	expect(plain.code, plain.output).toBe(0);
	const ours = pages(cached.outDir);
	const starlight = pages(plain.outDir);
	expect([...ours.keys()]).toEqual([...starlight.keys()]);
	expect(ours.size).toBe(9);
	for (const [file, html] of starlight) expect(ours.get(file), file).toBe(html);

	// The cache serves a page from another's HTML only if Starlight's markup is what it expects: one
	// template per set of open groups, the current link's `aria-current` right after its href.
	const templates = new Map<string, Set<string>>();
	const withSidebar = [...starlight].filter(([file]) => file !== '404.html');
	for (const [file, html] of withSidebar) {
		const sidebar = sidebarOf(html);
		const current = LINKS.findIndex((link) => link !== null && file.startsWith(link));
		const template = sidebarTemplate(sidebar, { key: '', links: LINKS.length, current: current === -1 ? [] : [current] });
		expect(template, file).not.toBeNull();
		const open = [...sidebar.matchAll(/<details( open)?/g)].map((m) => (m[1] ? 1 : 0)).join('');
		templates.set(open, new Set([...(templates.get(open) ?? []), template!.html]));
	}
	// Groups Start, Folded, Deeper, Again, Generated: Home, One, Two and the unlisted page open
	// none of the collapsed ones; Four opens Folded; Three, Folded and Deeper; Five and Six, Generated.
	expect([...templates.keys()].sort()).toEqual(['10010', '10011', '11010', '11110']);
	for (const [open, set] of templates) expect(set.size, `pages with groups open ${open}`).toBe(1);
});

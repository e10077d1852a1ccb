import { beforeEach, expect, it } from 'vitest';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { clearSidebarTemplates, sidebarHtml, sidebarShape, sidebarTemplate } from './sidebar-cache.ts';

type Entry = StarlightRouteData['sidebar'][number];

const link = (label: string, href: string, fields: Partial<Entry> = {}): Entry =>
	({ type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {}, ...fields }) as Entry;
const group = (label: string, entries: Entry[], collapsed = false): Entry => ({
	type: 'group',
	label,
	entries,
	collapsed,
	badge: undefined,
});

/** A sidebar with `current` (an href) marked, as Starlight gives each page. */
function sidebar(current?: string, collapsed = false): Entry[] {
	const mark = (entry: Entry): Entry =>
		entry.type === 'link' ? { ...entry, isCurrent: entry.href === current } : { ...entry, entries: entry.entries.map(mark) };
	return [link('Home', '/'), group('Guides', [link('One', '/one/'), link('Two', '/two/')], collapsed), link('Three', '/three/')].map(mark);
}

/** Renders a sidebar in Starlight's markup, as `SidebarSublist` does. */
function render(entries: readonly Entry[]): string {
	const items = entries.map((entry) =>
		entry.type === 'link'
			? `<li><a href="${entry.href}"${entry.isCurrent ? ' aria-current="page"' : ''} class="x"><span>${entry.label}</span></a></li>`
			: `<li><details${holds(entry) || !entry.collapsed ? ' open' : ''}><summary>${entry.label}</summary>${render(entry.entries)}</details></li>`,
	);
	return `<ul>${items.join('')}</ul>`;
}
const holds = (entry: Entry): boolean => (entry.type === 'link' ? entry.isCurrent : entry.entries.some(holds));

beforeEach(() => clearSidebarTemplates());

it('gives pages that differ only by their current link one key, and finds the current link', () => {
	const home = sidebarShape(sidebar('/'));
	const three = sidebarShape(sidebar('/three/'));
	expect(home.key).toBe(three.key);
	expect(home).toMatchObject({ links: 4, current: [0] });
	expect(three.current).toEqual([3]);
	expect(sidebarShape(sidebar()).current).toEqual([]);
});

it('gives another key to any change Starlight renders: a label, a link, a badge, attributes, an open group', () => {
	const base = sidebarShape(sidebar()).key;
	const changed = [
		[link('Home!', '/')],
		[link('Home', '/index/')],
		[link('Home', '/', { badge: { text: 'New', variant: 'tip' } })],
		[link('Home', '/', { attrs: { class: 'extra' } })],
	].map((head) => sidebarShape([...head, ...sidebar().slice(1)]).key);
	expect(new Set([base, ...changed]).size).toBe(5);
	// A collapsed group renders closed, unless it holds the current page.
	expect(sidebarShape(sidebar(undefined, true)).key).not.toBe(base);
	expect(sidebarShape(sidebar('/one/', true)).key).toBe(sidebarShape(sidebar('/one/')).key);
	expect(sidebarShape(sidebar('/one/', true)).key).not.toBe(sidebarShape(sidebar('/three/', true)).key);
});

it('renders the first page of a shape and serves the others from it, with their own current link', async () => {
	let renders = 0;
	const page = (current?: string) => {
		const entries = sidebar(current, true);
		return sidebarHtml(sidebarShape(entries), async () => (renders++, render(entries)));
	};
	expect(await page('/')).toBe(render(sidebar('/', true)));
	expect(await page('/three/')).toBe(render(sidebar('/three/', true)));
	expect(await page()).toBe(render(sidebar(undefined, true)));
	expect(renders).toBe(1);
	// Opening the collapsed group is another shape, rendered once too.
	expect(await page('/one/')).toBe(render(sidebar('/one/', true)));
	expect(await page('/two/')).toBe(render(sidebar('/two/', true)));
	expect(renders).toBe(2);
});

it('leaves every page of a shape to Starlight when its HTML is not as expected', async () => {
	let renders = 0;
	const odd = (current: string) => {
		const entries = sidebar(current);
		// An extra link the sidebar data does not have (say, a future Starlight adds one).
		return sidebarHtml(sidebarShape(entries), async () => (renders++, render(entries).replace('<ul>', '<ul><a href="/more/">More</a>')));
	};
	await odd('/');
	expect(await odd('/three/')).toContain('<a href="/three/" aria-current="page"');
	expect(renders).toBe(2);
});

it('rejects HTML with an aria-current where the data has no current link, or none where it has one', () => {
	const html = render(sidebar('/one/'));
	expect(sidebarTemplate(html, sidebarShape(sidebar('/one/')))).not.toBeNull();
	expect(sidebarTemplate(html, sidebarShape(sidebar('/two/')))).toBeNull();
	expect(sidebarTemplate(html, sidebarShape(sidebar()))).toBeNull();
	expect(sidebarTemplate(render(sidebar()), sidebarShape(sidebar('/one/')))).toBeNull();
});

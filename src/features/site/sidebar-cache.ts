import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** What decides a page's sidebar HTML, read in one walk of its sidebar. */
export interface SidebarShape {
	/**
	 * Everything Starlight renders into the sidebar but the current page: each entry's kind, label,
	 * link, badge and attributes in order, and whether each group is open.
	 */
	readonly key: string;
	/** The positions, in tree order, of the links marked as the current page. */
	readonly current: readonly number[];
	/** How many links the sidebar has. */
	readonly links: number;
}

/** A sidebar's HTML without its current page, and where each link's `aria-current` would go. */
export interface Template {
	readonly html: string;
	readonly slots: readonly number[];
}

const CURRENT = ' aria-current="page"';
const LINK = '<a href="';
/** Sidebars differ by their open groups (a collapsed group opens around the current page) and by locale. */
const MAX_TEMPLATES = 64;
const templates = new Map<string, Template | null>();

/**
 * Starlight renders the whole sidebar on every page, and on a site of 1,000 pages that is about
 * 1 ms of each page's build, for HTML that differs between pages only by the `aria-current` of
 * the current link (and the `open` of a collapsed group holding it, which the key covers). The
 * first page of each shape is rendered by Starlight's own components (`render`); the others reuse
 * that HTML with their own current link marked.
 *
 * The HTML is kept only if it is what this expects: one `<a href="` per link, and
 * `aria-current="page"` right after the href of the current links and nowhere else. Otherwise every
 * page of that shape is rendered by Starlight, as without the cache.
 */
export async function sidebarHtml(shape: SidebarShape, render: () => Promise<string>): Promise<string> {
	const template = templates.get(shape.key);
	if (template) return markCurrent(template, shape.current);
	const html = await render();
	if (template === undefined) {
		if (templates.size >= MAX_TEMPLATES) templates.clear();
		templates.set(shape.key, sidebarTemplate(html, shape));
	}
	return html;
}

/** Reads a sidebar's shape: its key, its links and which are current. */
export function sidebarShape(sidebar: readonly SidebarEntry[]): SidebarShape {
	const walk = { links: 0, current: [] as number[] };
	return { key: visit(sidebar, walk).key, current: walk.current, links: walk.links };
}

/** Forgets every template (tests). */
export function clearSidebarTemplates(): void {
	templates.clear();
}

/**
 * The key of `entries`: every string Starlight renders from them, each after its length so no two
 * sidebars share a key. Built by concatenation and used as the map key itself, it costs about
 * 0.04 ms for 1,000 links, a seventh of a hash computed over its characters in JavaScript.
 */
function visit(entries: readonly SidebarEntry[], walk: { links: number; current: number[] }): { key: string; holdsCurrent: boolean } {
	let key = '[';
	let holdsCurrent = false;
	for (const entry of entries) {
		key += `${entry.type}${text(entry.label)}`;
		if (entry.badge) key += `b${text(JSON.stringify(entry.badge))}`;
		if (entry.type === 'link') {
			key += text(entry.href);
			for (const _ in entry.attrs) {
				key += `a${text(JSON.stringify(entry.attrs))}`;
				break;
			}
			if (entry.isCurrent) {
				walk.current.push(walk.links);
				holdsCurrent = true;
			}
			walk.links++;
		} else {
			const inner = visit(entry.entries, walk);
			// Starlight opens a group that is not collapsed or that holds the current page.
			key += inner.key + (inner.holdsCurrent || !entry.collapsed ? 'open' : 'shut');
			holdsCurrent ||= inner.holdsCurrent;
		}
	}
	return { key: `${key}]`, holdsCurrent };
}

const text = (value: string) => `${value.length}:${value}`;

/**
 * A sidebar's HTML with the current links' `aria-current` taken out, and where each link's would
 * go, or `null` if the HTML is not as expected.
 */
export function sidebarTemplate(html: string, shape: SidebarShape): Template | null {
	const ends = linkEnds(html);
	if (ends.length !== shape.links || html.split('aria-current=').length - 1 !== shape.current.length) return null;
	let out = '';
	let from = 0;
	for (const index of shape.current) {
		const end = ends[index]!;
		if (!html.startsWith(CURRENT, end)) return null;
		out += html.slice(from, end);
		from = end + CURRENT.length;
	}
	out += html.slice(from);
	return { html: out, slots: linkEnds(out) };
}

/** Where each link's href ends: Astro escapes quotes in attribute values, so the first `"` closes it. */
function linkEnds(html: string): number[] {
	const ends: number[] = [];
	for (let at = html.indexOf(LINK); at !== -1; at = html.indexOf(LINK, at + LINK.length)) {
		ends.push(html.indexOf('"', at + LINK.length) + 1);
	}
	return ends;
}

function markCurrent(template: Template, current: readonly number[]): string {
	let out = '';
	let from = 0;
	for (const index of current) {
		const at = template.slots[index]!;
		out += template.html.slice(from, at) + CURRENT;
		from = at;
	}
	return out + template.html.slice(from);
}

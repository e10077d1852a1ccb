import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
// For its augmentation of Sätteri's data bag with `astro.frontmatter`.
import type {} from '@astrojs/markdown-satteri';
import { isSiteAbsolute, withBase } from '#shared/base.ts';

/**
 * The URL attribute of each element Markdown makes that may point into the site. `srcset` and
 * media elements cannot be written in Markdown, only in raw HTML, which is left alone.
 */
const URL_ATTRIBUTES: Readonly<Record<string, string>> = { a: 'href', img: 'src' };

const rebase = (link: unknown, base: string): unknown => (typeof link === 'string' && isSiteAbsolute(link) ? withBase(link, base) : link);

/**
 * A copy of a page's front matter whose links (Starlight's `hero.actions[].link`, and `prev` /
 * `next` given as a link) have the base in front; other fields are shared, not copied.
 * The links validator reads these links too, and Starlight renders them as written.
 */
export function frontmatterWithBase<T extends Record<string, unknown>>(frontmatter: T, base: string): T {
	if (base === '/') return frontmatter;
	const copy: Record<string, unknown> = { ...frontmatter };
	const hero = frontmatter['hero'];
	if (typeof hero === 'object' && hero !== null && Array.isArray((hero as { actions?: unknown }).actions)) {
		const actions = (hero as { actions: unknown[] }).actions.map((action) =>
			typeof action === 'object' && action !== null && 'link' in action ? { ...action, link: rebase(action.link, base) } : action,
		);
		copy['hero'] = { ...hero, actions };
	}
	for (const key of ['prev', 'next']) {
		const value = frontmatter[key];
		if (typeof value === 'object' && value !== null && 'link' in value) copy[key] = { ...value, link: rebase(value.link, base) };
	}
	return copy as T;
}

/**
 * The Sätteri HTML-tree plugin that lets authors write site links as they read in the address bar
 * of a site served at `/`: `[onboarding](/specification/onboarding/)` becomes
 * `/specification/specification/onboarding/` under the base `/specification/`. Links and images are
 * rewritten; external (`https:`, `mailto:`), protocol-relative (`//host`),
 * relative (`../x/`) and fragment (`#x`) links are left alone.
 *
 * Raw HTML (`<a href="/x/">` in a page) stays as written: it is text to Sätteri, and rewriting
 * text is a guess. The links validator reports such a link when it misses the base.
 *
 * Links in front matter (a hero's actions, `prev` / `next`) get the base in the copy of the front
 * matter that later plugins (the links validator) read; Starlight renders them from the page's
 * data, which the site's route middleware rebases the same way.
 *
 * Order matters: add this plugin before any plugin that writes links that already have the base
 * (the requirements plugin's lexicon links), so those are not prefixed twice.
 *
 * @param base the normalized site base (`normalizeBase`), ending in `/`
 */
export function baseLinksPlugin(base: string): HastPluginDefinition & { inputs: string } {
	return {
		name: 'margo:base-links',
		// Astro hashes its config, plugin data included, to decide whether cached pages are stale.
		inputs: base,
		before(_root, ctx: HastVisitorContext) {
			// Replaced, not changed in place: the object is the page's front matter as Astro passed it.
			const astro = ctx.data.astro;
			if (astro) astro.frontmatter = frontmatterWithBase(astro.frontmatter, base);
		},
		element: {
			filter: Object.keys(URL_ATTRIBUTES),
			visit(node: Readonly<Element>, ctx: HastVisitorContext) {
				if (base === '/') return;
				const attribute = URL_ATTRIBUTES[node.tagName];
				const value = attribute === undefined ? undefined : node.properties[attribute];
				if (attribute && typeof value === 'string' && isSiteAbsolute(value)) ctx.setProperty(node, attribute, withBase(value, base));
			},
		},
	};
}

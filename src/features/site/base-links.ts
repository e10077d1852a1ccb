import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { isSiteAbsolute, withBase } from '../../shared/base.ts';

/**
 * The URL attribute of each element Markdown makes that may point into the site. `srcset` and
 * media elements cannot be written in Markdown, only in raw HTML, which is left alone.
 */
const URL_ATTRIBUTES: Readonly<Record<string, string>> = { a: 'href', img: 'src' };

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

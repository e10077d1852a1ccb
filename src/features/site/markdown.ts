import type { AstroUserConfig } from 'astro';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './base-links.ts';
import { stackedTablesPlugin } from './table-labels.ts';

/**
 * Markdown stays on Astro's native Sätteri pipeline (remark/rehype plugins would switch the whole
 * site to the slower unified one). Sätteri runs plugins added by integrations before it assigns
 * heading ids, so plugins that need those ids (the links validator checking `#anchors`) would
 * see none: the heading-id plugin goes first here. Astro's own pass keeps ids already set.
 * The base-links plugin comes next, before every plugin integrations add: links authored as
 * `/specification/onboarding/` get the site's base before the links validator checks them, and
 * links those plugins write with the base already (lexicon terms) are not prefixed twice.
 * Tables get the labels that let them turn into cards on a phone (`table-labels.ts`).
 *
 * @param base the normalized site base (`normalizeBase`)
 */
export function markdownConfig(base: string): NonNullable<AstroUserConfig['markdown']> {
	return {
		processor: satteri({ hastPlugins: [satteriHeadingIdsPlugin(), baseLinksPlugin(base), stackedTablesPlugin()] }),
	};
}

import type { AstroUserConfig } from 'astro';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { join } from 'node:path';
import { baseLinksPlugin } from './base-links.ts';
import { githubAlertsPlugin } from './github-alerts.ts';
import { scrollingFiguresPlugin } from './scrolling-figures.ts';
import { svgFiguresPlugin } from './svg-figures.ts';
import { stackedTablesPlugin } from './table-labels.ts';

/**
 * Markdown stays on Astro's native Sätteri pipeline (remark/rehype plugins would switch the whole
 * site to the slower unified one). Sätteri runs plugins added by integrations before it assigns
 * heading ids, so plugins that need those ids (the links validator checking `#anchors`) would
 * see none: the heading-id plugin goes first here. Astro's own pass keeps ids already set.
 * The base-links plugin comes next, before every plugin integrations add: links authored as
 * `/specification/onboarding/` get the site's base before the links validator checks them, and
 * links those plugins write with the base already (lexicon terms) are not prefixed twice.
 * Tables get the labels that let them turn into cards on a phone (`table-labels.ts`), diagrams
 * a box that scrolls sideways there (`scrolling-figures.ts`).
 * On the Markdown tree, before Starlight's plugins (which it appends to these lists) and Astro's
 * image collection: GitHub alerts become Starlight asides (`github-alerts.ts`), and SVG figures
 * are served as they are instead of through Astro's image pipeline (`svg-figures.ts`).
 *
 * @param base the normalized site base (`normalizeBase`)
 * @param root the project root, whose `content/` holds the pages and their figures
 */
export function markdownConfig(base: string, root: string): NonNullable<AstroUserConfig['markdown']> {
	return {
		processor: satteri({
			mdastPlugins: [githubAlertsPlugin(), svgFiguresPlugin(join(root, 'content'))],
			hastPlugins: [satteriHeadingIdsPlugin(), baseLinksPlugin(base), stackedTablesPlugin(), scrollingFiguresPlugin()],
		}),
	};
}

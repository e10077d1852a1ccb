import type { AstroUserConfig } from 'astro';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { stackedTablesPlugin } from './table-labels.ts';

/**
 * Markdown stays on Astro's native Sätteri pipeline (remark/rehype plugins would switch the whole
 * site to the slower unified one). Sätteri runs plugins added by integrations before it assigns
 * heading ids, so plugins that need those ids (the links validator checking `#anchors`) would
 * see none: the heading-id plugin goes first here. Astro's own pass keeps ids already set.
 * Tables get the labels that let them turn into cards on a phone (`table-labels.ts`).
 */
export function markdownConfig(): NonNullable<AstroUserConfig['markdown']> {
	return {
		processor: satteri({ hastPlugins: [satteriHeadingIdsPlugin(), stackedTablesPlugin()] }),
	};
}

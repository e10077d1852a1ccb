import type { StarlightPlugin } from '@astrojs/starlight/types';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featurePlugin, type Feature } from '#shared/node/feature.ts';
import { buildInfoIntegration } from './build-info-integration.ts';
import { contentChecksIntegration } from './content-checks.ts';
import { knownWarningsIntegration } from './known-warnings.ts';
import { linksValidatorPlugin } from './links-validator.ts';
import { createSidebar } from './sidebar.ts';
import { sidebarWatchIntegration } from './sidebar-watch.ts';
import { injectRoutes, pathMatcher } from '#shared/node/routes.ts';
import { virtualModulesIntegration } from '#shared/node/virtual-modules.ts';
import { SITE_ROUTES } from './route-table.ts';
import { GROUP_INDEX_PATHS } from './group-index.ts';

export { markdownConfig } from './markdown.ts';

const own = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The site around the features: the specification pages' front matter check, the sidebar (the
 * folders of `content/docs/` plus what each feature adds), the snapshot notice and last-updated
 * dates, and the links validator, told which generated links each feature's pages answer.
 * Returns two Starlight plugins: the site's own, and the links validator.
 *
 * @param base the normalized site base: links in pages carry it, so generated links are recognized after it
 */
export function siteFeature(root: string, features: readonly Feature[], base: string): StarlightPlugin[] {
	const extra = (group: 'reference' | 'decisions') => features.flatMap((feature) => feature.sidebar?.[group] ?? []);
	const site: StarlightPlugin = featurePlugin('margo:site', {
		integrations: [
			buildInfoIntegration(),
			contentChecksIntegration(),
			sidebarWatchIntegration(),
			virtualModulesIntegration('margo:figures', (root) => ({
				'virtual:margo/figures': { code: () => `export const contentDir = ${JSON.stringify(join(root, 'content'))};` },
			})),
			knownWarningsIntegration(),
			{ name: 'margo:site-routes', hooks: { 'astro:config:setup': ({ injectRoute }) => injectRoutes(injectRoute, SITE_ROUTES) } },
		],
		// Generated and written tables alike turn into cards on narrow screens.
		css: [own('./site.css'), own('../../shared/stacked-table.css')],
		components: {
			Banner: own('./components/SnapshotBanner.astro'),
			LastUpdated: own('./components/LastUpdated.astro'),
		},
	});
	const sidebar = createSidebar(
		root,
		{ reference: extra('reference'), decisions: extra('decisions') },
		features.flatMap((feature) => feature.contentGroups ?? []),
	);
	return [
		{
			...site,
			hooks: {
				'config:setup': (options) => {
					site.hooks['config:setup']?.(options);
					// The site's own 404 page replaces Starlight's (see `routes/404.astro`).
					// Code blocks wrap their long lines rather than scroll: Expressive Code makes each block
					// that scrolls an unnamed `region` landmark, several of which on one page axe reports
					// (landmark-unique), and a phone reads wrapped JSON more easily than a sideways one.
					options.updateConfig({ sidebar, disable404Route: true, expressiveCode: { defaultProps: { wrap: true } } });
					// Starlight renders front-matter links (a hero's actions) as written: this gives them the base.
					options.addRouteMiddleware({ entrypoint: own('./base-route-middleware.ts') });
				},
			},
		},
		linksValidatorPlugin(
			[...features.flatMap((feature) => (feature.isGeneratedLink ? [feature.isGeneratedLink] : [])), pathMatcher(GROUP_INDEX_PATHS)],
			base,
		),
	];
}

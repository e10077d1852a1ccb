import { featurePlugin, type Feature } from '#shared/node/feature.ts';
import { injectRoutes, pathMatcher, routePaths } from '#shared/node/routes.ts';
import { PLAYGROUND_ROUTES } from './route-table.ts';

/** The playground: ten steps of a device's life against the in-browser mock, with each exchange shown. */
export function playgroundFeature(): Feature {
	return {
		plugin: featurePlugin('margo:playground', {
			integrations: [
				{
					name: 'margo:playground',
					hooks: { 'astro:config:setup': ({ injectRoute }) => injectRoutes(injectRoute, PLAYGROUND_ROUTES) },
				},
			],
		}),
		sidebar: { reference: [{ label: 'Playground', link: '/playground/' }] },
		isGeneratedLink: pathMatcher(routePaths(PLAYGROUND_ROUTES)),
	};
}

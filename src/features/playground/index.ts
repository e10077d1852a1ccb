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
		// The highlighter of the exchanges shown (`#shared/shiki.ts`), with the themes and languages it loads.
		clientPackages: [
			{ id: 'shiki/core', file: 'shiki-core' },
			{ id: 'shiki/engine/javascript', file: 'shiki-engine-javascript' },
			{ id: 'shiki/themes/github-light.mjs', file: 'shiki-github-light' },
			{ id: 'shiki/themes/github-dark.mjs', file: 'shiki-github-dark' },
			{ id: 'shiki/langs/json.mjs', file: 'shiki-json' },
			{ id: 'shiki/langs/yaml.mjs', file: 'shiki-yaml' },
			{ id: 'shiki/langs/shellscript.mjs', file: 'shiki-shellscript' },
		],
	};
}

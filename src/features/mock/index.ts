import { featurePlugin, type Feature } from '#shared/node/feature.ts';
import { injectRoutes, pathMatcher, routePaths } from '#shared/node/routes.ts';
import { mockIntegration } from './integration.ts';
import { MOCK_ROUTES } from './route-table.ts';

export { SAMPLE_APPLICATIONS } from './core/sample-applications.ts';
// Which requirements the mock's checks observe, for the requirements index and `/requirements.json`.
export { mockCheckability, type MockCheckability } from './core/conformance/checks.ts';

/**
 * The mock management interface. In the site it provides the operations the service-worker mock
 * checks requests against (`virtual:margo/mock-operations`) and the conformance page that reads
 * its report; its browser API is `browser.ts` and its Node server `node/server.ts` (`npm run mock`).
 */
export function mockFeature(): Feature {
	return {
		plugin: featurePlugin('margo:mock', {
			integrations: [
				mockIntegration(),
				{ name: 'margo:mock-pages', hooks: { 'astro:config:setup': ({ injectRoute }) => injectRoutes(injectRoute, MOCK_ROUTES) } },
			],
		}),
		sidebar: { reference: [{ label: 'Device conformance', link: '/conformance/' }] },
		isGeneratedLink: pathMatcher(routePaths(MOCK_ROUTES)),
		// What the browser side imports: API documents in YAML, signing and X.509, the device store.
		// `reflect-metadata` keeps its own file: `x509-certificates.ts` imports it before
		// `@peculiar/x509`, whose `tsyringe` checks for it as it loads.
		clientPackages: [
			{ id: 'yaml', file: 'yaml' },
			{ id: 'reflect-metadata', file: 'reflect-metadata' },
			{ id: '@peculiar/x509', file: 'x509' },
			{ id: 'structured-headers', file: 'structured-headers' },
			{ id: 'idb-keyval', file: 'idb-keyval' },
		],
	};
}

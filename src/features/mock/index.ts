import { featurePlugin, type Feature } from '#shared/feature.ts';
import { injectRoutes, pathMatcher, routePaths } from '#shared/routes.ts';
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
	};
}

import { featurePlugin, type Feature } from '#shared/feature.ts';
import { mockIntegration } from './integration.ts';

export { SAMPLE_APPLICATIONS } from './core/sample-applications.ts';

/**
 * The mock management interface. In the site it provides the operations the service-worker mock
 * checks requests against (`virtual:margo/mock-operations`); its browser API is `browser.ts` and
 * its Node server `node/server.ts` (`npm run mock`).
 */
export function mockFeature(): Feature {
	return { plugin: featurePlugin('margo:mock', { integrations: [mockIntegration()] }) };
}

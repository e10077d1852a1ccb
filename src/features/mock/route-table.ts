import { fileURLToPath } from 'node:url';
import type { FeatureRoute } from '#shared/node/routes.ts';

/** The mock's pages: the conformance report of the requests sent to the browser's mock. */
export const MOCK_ROUTES: readonly FeatureRoute[] = [
	{ pattern: '/conformance', entrypoint: fileURLToPath(new URL('./routes/conformance.astro', import.meta.url)) },
];

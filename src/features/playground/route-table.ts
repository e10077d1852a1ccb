import { fileURLToPath } from 'node:url';
import type { FeatureRoute } from '#shared/node/routes.ts';

/** The playground page: a device walked through the management API against the in-browser mock. */
export const PLAYGROUND_ROUTES: readonly FeatureRoute[] = [
	{ pattern: '/playground', entrypoint: fileURLToPath(new URL('./routes/index.astro', import.meta.url)) },
];

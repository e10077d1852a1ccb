import { fileURLToPath } from 'node:url';
import type { FeatureRoute } from '#shared/routes.ts';

/** The page served for a missing address (Starlight's own is turned off: see `routes/404.astro`), and the groups' indexes. */
export const SITE_ROUTES: readonly FeatureRoute[] = [
	{ pattern: '/404', entrypoint: fileURLToPath(new URL('./routes/404.astro', import.meta.url)) },
	// The sidebar groups' own addresses (`group-index.ts`).
	{ pattern: '/[group]', entrypoint: fileURLToPath(new URL('./routes/group-index.astro', import.meta.url)) },
];

import { fileURLToPath } from 'node:url';
import type { FeatureRoute } from '#shared/node/routes.ts';

/**
 * The page served for a missing address (Starlight's own is turned off: see `routes/404.astro`),
 * the SVG figures of the Markdown pages (`svg-figures.ts`) and the sidebar groups' own addresses
 * (`group-index.ts`).
 */
export const SITE_ROUTES: readonly FeatureRoute[] = [
	{ pattern: '/404', entrypoint: fileURLToPath(new URL('./routes/404.astro', import.meta.url)) },
	{ pattern: '/_figures/[...figure]', entrypoint: fileURLToPath(new URL('./routes/figure.ts', import.meta.url)) },
	{ pattern: '/[group]', entrypoint: fileURLToPath(new URL('./routes/group-index.astro', import.meta.url)) },
];

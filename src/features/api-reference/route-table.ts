import { fileURLToPath } from 'node:url';
import type { FeatureRoute } from '#shared/node/routes.ts';

const entry = (file: string) => fileURLToPath(new URL(`./routes/${file}`, import.meta.url));

/**
 * The pages and files the API reference generates from `openapi/`: the list of documents, one
 * reference per document (split into pages for large ones) with the parts its pages load when
 * opened, and the downloads. The integration
 * injects them; `reference-links.ts` fills in the parameters to tell the links validator which
 * generated links exist.
 */
export const API_REFERENCE_ROUTES: readonly FeatureRoute[] = [
	{ pattern: '/reference', entrypoint: entry('reference-index.astro') },
	{ pattern: '/reference/[...path]', entrypoint: entry('reference-page.astro') },
	{ pattern: '/reference/[doc]/parts/[shard].json', entrypoint: entry('reference-parts.ts') },
	{ pattern: '/openapi/[file]', entrypoint: entry('openapi-download.ts') },
];

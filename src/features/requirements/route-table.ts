import { fileURLToPath } from 'node:url';
import { pathMatcher, routePaths, type FeatureRoute } from '#shared/node/routes.ts';

const entry = (file: string) => fileURLToPath(new URL(`./routes/${file}`, import.meta.url));

/** The requirements index (one anchor per requirement ID) and its machine-readable export. */
export const REQUIREMENT_ROUTES: readonly FeatureRoute[] = [
	{ pattern: '/requirements', entrypoint: entry('index.astro') },
	{ pattern: '/requirements.json', entrypoint: entry('requirements.json.ts') },
];

/**
 * Links to those routes, which the links validator cannot see. Any fragment of the index is
 * accepted: it has one anchor per requirement ID, and the requirement checks report unknown IDs.
 */
export const isRequirementsIndexLink = pathMatcher(routePaths(REQUIREMENT_ROUTES));

import { fileURLToPath } from 'node:url';
import { pathMatcher, routePaths, type FeatureRoute } from '#shared/node/routes.ts';

const entry = (file: string) => fileURLToPath(new URL(`./routes/${file}`, import.meta.url));

/** The proposals register, one page per SUP, the figures they show, and `/proposals.json`. */
export const PROPOSAL_ROUTES: readonly FeatureRoute[] = [
	{ pattern: '/proposals', entrypoint: entry('index.astro') },
	{ pattern: '/proposals/[slug]', entrypoint: entry('proposal.astro') },
	{ pattern: '/proposals/files/[...path]', entrypoint: entry('proposal-file.ts') },
	{ pattern: '/proposals.json', entrypoint: entry('proposals.json.ts') },
];

/** Links to the register, its JSON and the pages of the given SUP slugs. */
export function proposalLinkChecker(slugs: readonly string[]): (link: string) => boolean {
	return pathMatcher(routePaths(PROPOSAL_ROUTES, { slug: slugs }));
}

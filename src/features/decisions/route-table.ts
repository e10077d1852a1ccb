import { fileURLToPath } from 'node:url';
import { pathMatcher, routePaths, type FeatureRoute } from '#shared/node/routes.ts';

const entry = (file: string) => fileURLToPath(new URL(`./routes/${file}`, import.meta.url));

/**
 * Every page and file the decision register generates. The integration injects these routes; the
 * links validator, which only knows pages of `content/docs/`, is told the paths they produce, so
 * a specification page may link `/decisions/dt-001/` while a link to a tracker that does not
 * exist still fails the build.
 */
export const DECISION_ROUTES: readonly FeatureRoute[] = [
	{ pattern: '/decisions', entrypoint: entry('index.astro') },
	{ pattern: '/decisions/process', entrypoint: entry('process.astro') },
	{ pattern: '/decisions/approvers', entrypoint: entry('approvers.astro') },
	{ pattern: '/decisions.json', entrypoint: entry('decisions.json.ts') },
	{ pattern: '/decisions/feed.xml', entrypoint: entry('feed.xml.ts') },
	{ pattern: '/decisions/deadlines.ics', entrypoint: entry('deadlines.ics.ts') },
	{ pattern: '/decisions/[tracker]', entrypoint: entry('tracker.astro') },
	{ pattern: '/decisions/approvers/[approver]', entrypoint: entry('approver.astro') },
];

/** The site paths of the register's routes, given its tracker and approver ids. */
export function decisionRoutes(trackerIds: readonly string[], approverIds: readonly string[]): string[] {
	return routePaths(DECISION_ROUTES, { tracker: trackerIds.map((id) => id.toLowerCase()), approver: approverIds });
}

/**
 * Whether a link reaches one of those routes: with or without its trailing slash, with or
 * without a `#fragment`.
 */
export const decisionLinkChecker = pathMatcher;

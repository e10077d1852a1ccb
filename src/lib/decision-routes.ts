/**
 * The pages and files the decision register generates (src/pages/decisions/), as site paths.
 * The links validator only knows pages of `content/docs/`; it is told these exist, so a
 * specification page may link `/decisions/dt-001/` while a link to a tracker that does not exist
 * still fails the build.
 */
export function decisionRoutes(trackerIds: readonly string[], approverIds: readonly string[]): string[] {
	return [
		'/decisions/',
		'/decisions/process/',
		'/decisions/approvers/',
		'/decisions.json',
		'/decisions/feed.xml',
		'/decisions/deadlines.ics',
		...trackerIds.map((id) => `/decisions/${id.toLowerCase()}/`),
		...approverIds.map((id) => `/decisions/approvers/${id}/`),
	];
}

/** Link patterns (picomatch) for those routes, with or without a trailing slash and a `#fragment`. */
export function decisionLinkPatterns(routes: readonly string[]): string[] {
	return [...new Set(routes.flatMap((route) => [route, route.replace(/(.)\/$/, '$1')]))].flatMap((path) => [path, `${path}#*`]);
}

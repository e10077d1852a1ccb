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

/**
 * Whether a link reaches one of those routes: with or without its trailing slash, with or
 * without a `#fragment`.
 */
export function decisionLinkChecker(routes: readonly string[]): (link: string) => boolean {
	const known = new Set(routes.flatMap((route) => [route, route.replace(/(.)\/$/, '$1')]));
	return (link) => known.has(link.split('#')[0] ?? link);
}

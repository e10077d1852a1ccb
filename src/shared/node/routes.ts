import type { AstroIntegration } from 'astro';

type InjectRoute = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['injectRoute'];

/**
 * One page or file a feature generates: its Astro route pattern and the module that renders it.
 * A feature lists its routes once, in a route table; that table drives both `injectRoute` and the
 * links validator's knowledge of which generated links exist.
 */
export interface FeatureRoute {
	/** Astro route pattern, e.g. `/decisions/[tracker]`; a pattern with a dot names a file. */
	pattern: string;
	/** Absolute path of the `.astro` or `.ts` module that renders it. */
	entrypoint: string;
}

/** Adds every route of a table to the site. */
export function injectRoutes(injectRoute: InjectRoute, routes: readonly FeatureRoute[]): void {
	for (const { pattern, entrypoint } of routes) injectRoute({ pattern, entrypoint });
}

/**
 * The site paths a route table produces, with each `[param]` filled in by every value given for
 * it: pages end in `/`, files (a pattern whose last part has a dot) do not. A dynamic route
 * without values produces nothing.
 */
export function routePaths(routes: readonly FeatureRoute[], params: Readonly<Record<string, readonly string[]>> = {}): string[] {
	return routes.flatMap(({ pattern }) => {
		const isFile = /\.[a-z0-9]+$/i.test(pattern);
		let paths = [pattern];
		for (const [, name] of pattern.matchAll(/\[([^\]]+)\]/g)) {
			const values = (name ? params[name] : undefined) ?? [];
			paths = paths.flatMap((path) => values.map((value) => path.replace(`[${name}]`, value)));
		}
		return paths.map((path) => (isFile || path.endsWith('/') ? path : `${path}/`));
	});
}

/**
 * Whether a link authored in a page reaches one of `paths`: with or without its trailing slash,
 * with or without a `#fragment` or `?query`.
 */
export function pathMatcher(paths: readonly string[]): (link: string) => boolean {
	const known = new Set(paths.flatMap((path) => [path, path.replace(/(.)\/$/, '$1')]));
	return (link) => known.has(link.split(/[?#]/)[0] ?? link);
}

import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { isSiteAbsolute, withBase } from '#shared/base.ts';
import { frontmatterWithBase } from './base-links.ts';

/**
 * Route data whose links from front matter (a hero's actions, `prev` / `next` given as links) have
 * the base in front, as Starlight renders them as written. Links Starlight makes itself (sidebar,
 * pagination between pages) already have it. Returns the same object under the root base.
 */
export function routeDataWithBase(route: StarlightRouteData, base: string): StarlightRouteData {
	if (base === '/') return route;
	const { data } = route.entry;
	const pagination = { ...route.pagination };
	for (const key of ['prev', 'next'] as const) {
		const given = data[key];
		const link = pagination[key];
		// A link from front matter is an object with `link`; Starlight copies it into `href` as written.
		if (typeof given === 'object' && given.link && link && link.href === given.link && isSiteAbsolute(link.href)) {
			pagination[key] = { ...link, href: withBase(link.href, base) };
		}
	}
	return { ...route, entry: { ...route.entry, data: frontmatterWithBase(data, base) }, pagination };
}

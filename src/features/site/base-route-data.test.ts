import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { expect, test } from 'vitest';
import { routeDataWithBase } from './base-route-data.ts';

/** The fields of Starlight's route data that the function reads; the rest do not matter here. */
const route = (data: Record<string, unknown>, pagination: Record<string, unknown>) =>
	({ id: 'index', entry: { id: 'index', data }, pagination }) as unknown as StarlightRouteData;

test('puts the base in front of hero actions and prev/next links from front matter', () => {
	const data = {
		title: 'Home',
		hero: { actions: [{ text: 'Read', link: '/overview/introduction/' }] },
		prev: { link: '/overview/', label: 'Back' },
	};
	const starlightLink = {
		type: 'link',
		label: 'Next page',
		href: '/specification/concepts/lexicon/',
		isCurrent: false,
		badge: undefined,
		attrs: {},
	};
	const result = routeDataWithBase(
		route(data, { prev: { ...starlightLink, label: 'Back', href: '/overview/' }, next: starlightLink }),
		'/specification/',
	);
	expect(result.entry.data.hero?.actions[0]?.link).toBe('/specification/overview/introduction/');
	expect(result.pagination.prev?.href).toBe('/specification/overview/');
	// Starlight's own pagination link has the base already.
	expect(result.pagination.next?.href).toBe('/specification/concepts/lexicon/');
	// The page's data is shared by every render: it stays as written.
	expect(data.hero.actions[0]?.link).toBe('/overview/introduction/');
});

test('returns the route data unchanged under the root base', () => {
	const data = route({ hero: { actions: [{ text: 'Read', link: '/overview/' }] } }, {});
	expect(routeDataWithBase(data, '/')).toBe(data);
});

import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { siteBase } from '#shared/base.ts';
import { routeDataWithBase } from './base-route-data.ts';

/**
 * Starlight route middleware: gives the links of a page's front matter (a hero's actions, `prev` /
 * `next`) the site's base before Starlight renders them. Changes the route data in place, as
 * Starlight's components read the object it handed over.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	Object.assign(route, routeDataWithBase(route, siteBase()));
});

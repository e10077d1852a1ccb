import { http, matchRequestUrl, type HttpHandler } from 'msw';
import type { Incoming, MockRequest } from './request-guards.ts';

/**
 * One route of the mock: a method and an msw path pattern, and what answers it. The browser runs
 * the routes as msw handlers in its service worker ({@link toMswHandlers}); the Node server picks
 * the route itself ({@link findRoute}, the same matching msw does) and skips msw's request
 * handling, whose cloning and bookkeeping cost more than most of the mock's own checks.
 */
export interface MockRoute {
	/** Upper-case method, or `*` for any. */
	method: string;
	/** msw's path syntax, origin included: `*\/api/v1/clients/:clientId/capabilities`. */
	path: string;
	answer(incoming: Incoming, params: Record<string, string>): Promise<Response>;
}

/** `/clients/{clientId}` → `/clients/:clientId`, msw's path syntax. */
export const mswPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

/** The routes as msw handlers, in order: the first that matches a request answers it. */
export function toMswHandlers(routes: readonly MockRoute[]): HttpHandler[] {
	return routes.map((route) => {
		const register = route.method === '*' ? http.all : http[route.method.toLowerCase() as 'get' | 'put' | 'post' | 'delete'];
		return register(route.path, async ({ request, params }) => route.answer(await readIncoming(request), params as Record<string, string>));
	});
}

/** The incoming request with its body read once. */
async function readIncoming(request: Request): Promise<Incoming> {
	const body =
		request.method === 'GET' || request.method === 'HEAD' ? new Uint8Array() : new Uint8Array(await request.clone().arrayBuffer());
	const url = new URL(request.url);
	return { request, body, instance: url.pathname + url.search };
}

/**
 * The route msw would pick for a request (method compared without case, path matched by msw's
 * own `matchRequestUrl`), with its path parameters; `undefined` when none matches.
 */
export function findRoute(
	routes: readonly MockRoute[],
	request: MockRequest,
): { route: MockRoute; params: Record<string, string> } | undefined {
	const method = request.method.toLowerCase();
	if (method === 'connect') return undefined;
	const url = new URL(request.url);
	for (const route of routes) {
		if (route.method !== '*' && route.method.toLowerCase() !== method) continue;
		const match = matchRequestUrl(url, route.path);
		if (match.matches) return { route, params: match.params as Record<string, string> };
	}
	return undefined;
}

/**
 * {@link findRoute} remembering its answers: the route depends only on the method and the URL
 * without query and fragment, and msw's matching of a URL against every pattern in turn cost
 * more than some of the checks that follow. Forgets everything past `size` entries.
 */
export function createRouteFinder(routes: readonly MockRoute[], size = 1000): (request: MockRequest) => ReturnType<typeof findRoute> {
	const found = new Map<string, ReturnType<typeof findRoute>>();
	return (request) => {
		const url = new URL(request.url);
		const key = `${request.method.toLowerCase()} ${url.origin}${url.pathname}`;
		if (!found.has(key)) {
			if (found.size >= size) found.clear();
			found.set(key, findRoute(routes, request));
		}
		const match = found.get(key);
		// A copy of the parameters: a handler is free to change what it is given.
		return match && { route: match.route, params: { ...match.params } };
	};
}

/**
 * Where the mock lives under a site's base path (with its trailing slash): `<base>api/v1` for the
 * management interface, `<base>api/mock` for the orchestrator controls. Kept apart from
 * `create-mock.ts` so that pages, which only send requests, do not import the handlers.
 */
export function mockPaths(base: string): { apiPath: string; controlPath: string } {
	return { apiPath: `${base}api/v1`, controlPath: `${base}api/mock` };
}

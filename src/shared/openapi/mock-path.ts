/**
 * Where the site's mock answers each API document, relative to the site's base path: the
 * management API keeps its stateful, signed mock at `api/v1`; every other document is answered
 * by the generic mock at `mock/<id>` (its operations' paths without their server's base path).
 * The reference's "Try it", the browser mock and `npm run mock` all follow this one rule.
 */
export const MANAGEMENT_API_ID = 'margo-management-api';

/** `api/v1` for the management API, `mock/<id>` for any other document. */
export function mockPathOf(id: string): string {
	return id === MANAGEMENT_API_ID ? 'api/v1' : `mock/${id}`;
}

/**
 * The seam between the API reference and the in-browser mock of the management interface.
 * The reference page awaits `prepareMock()` before it mounts Scalar, so the mock's service
 * worker controls the page before "Try it" sends a request, and spreads
 * `scalarRequestHooks()` into Scalar's configuration (for example an `onBeforeRequest` that
 * signs request bodies the way a device would). Until the mock lands both do nothing.
 */

/** Starts whatever must run before the reference sends its first request. */
export async function prepareMock(): Promise<void> {}

/** Extra Scalar configuration that routes or prepares "Try it" requests for the mock. */
export function scalarRequestHooks(): Record<string, unknown> {
	return {};
}

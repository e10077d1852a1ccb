/**
 * The seam between the API reference and the in-browser mock of the management interface.
 * The reference page awaits `prepareMock()` before it mounts Scalar, so the mock's service
 * worker controls the page before "Try it" sends a request, and spreads
 * `scalarRequestHooks()` into Scalar's configuration: an `onRequestBuilt` hook that
 * authenticates and signs requests the way the playground's device does.
 */
import { signBody } from '../../mock/device-signing.ts';
import { loadDevice, signingKey } from '../../mock/browser/playground-device.ts';
import { mockUnavailableReason, startBrowserMock } from '../../mock/browser/runtime.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const apiUrl = () => `${location.origin}${BASE}api/v1`;

/**
 * Starts the mock. Where it cannot run (no service workers, no secure context) the page says so
 * at the top of its content and the reference still renders; "Try it" then reaches no server.
 */
export async function prepareMock(): Promise<void> {
	try {
		const reason = mockUnavailableReason();
		if (reason) throw new Error(reason);
		await startBrowserMock();
	} catch (error) {
		const notice = document.createElement('p');
		notice.className = 'margo-mock-unavailable';
		notice.setAttribute('role', 'note');
		notice.textContent = `"Try it" cannot reach the in-browser mock here: ${(error as Error).message} Run the mock locally with npm run mock and choose it as the server instead.`;
		(document.querySelector('main .sl-markdown-content') ?? document.querySelector('main'))?.prepend(notice);
	}
}

/**
 * Extra Scalar configuration: an `onRequestBuilt` hook that signs "Try it" requests to the mock.
 * (The panel lists the mock as the first server itself.)
 */
export function scalarRequestHooks(): Record<string, unknown> {
	return { onRequestBuilt: ({ request }: { request: Request }) => prepareRequest(request) };
}

/**
 * For a request to the mock: adds the playground device's bearer token when the request has
 * none, and signs a body (Content-Digest, Signature-Input, Signature) with the device key, replacing
 * the example values Scalar fills in for those header parameters.
 */
export async function prepareRequest(request: Request): Promise<void> {
	if (!request.url.startsWith(`${apiUrl()}/`)) return;
	const device = await loadDevice();
	if (!device?.clientId) return;
	const authorization = request.headers.get('authorization') ?? '';
	if (device.token && (device.tokenExpiresAt ?? 0) > Date.now() && !/^Bearer\s+\S/i.test(authorization)) {
		request.headers.set('authorization', `Bearer ${device.token}`);
	}
	const body = new Uint8Array(await request.clone().arrayBuffer());
	if (body.length === 0) return;
	const { headers } = await signBody({ method: request.method, url: request.url, body, privateKey: await signingKey(device), clientId: device.clientId });
	for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
}

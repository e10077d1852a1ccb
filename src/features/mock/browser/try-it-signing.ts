import { signBody } from '../signing/device-signing.ts';
import { loadDevice, signingKey } from './device.ts';

/**
 * What the API reference's "Try it" needs to talk to the mock as the playground's device: the
 * device's clientId in the path, its bearer token, and its signature over the body. Without a
 * device (the playground not run yet) requests go out as the reader wrote them.
 */

/** The part of Scalar's request builder this touches (an experimental Scalar API, so kept narrow). */
export interface RequestBuilderLike {
	baseUrl?: string;
	path?: { variables?: Record<string, string> };
}

/**
 * Before Scalar builds the request: a `clientId` path variable that names no onboarded client
 * (the document's example, or nothing) becomes the device's, so "Try it" works without copying ids.
 */
export async function useDeviceClientId(
	builder: RequestBuilderLike,
	apiUrl: string,
	isOnboarded: (clientId: string) => Promise<boolean>,
): Promise<void> {
	const variables = builder.path?.variables;
	if (!variables || !('clientId' in variables) || !(builder.baseUrl ?? '').startsWith(apiUrl)) return;
	const device = await loadDevice();
	if (!device?.clientId || (variables['clientId'] && (await isOnboarded(variables['clientId'])))) return;
	variables['clientId'] = device.clientId;
}

/**
 * After Scalar built the request, before it is sent: adds the device's bearer token when the
 * request has none and signs a body (Content-Digest, Signature-Input, Signature), replacing the
 * example values Scalar fills in for those header parameters.
 */
export async function signAsDevice(request: Request, apiUrl: string, now = Date.now()): Promise<void> {
	if (!request.url.startsWith(`${apiUrl}/`)) return;
	const device = await loadDevice();
	if (!device?.clientId) return;
	if (device.token && (device.tokenExpiresAt ?? 0) > now && !/^Bearer\s+\S/i.test(request.headers.get('authorization') ?? '')) {
		request.headers.set('authorization', `Bearer ${device.token}`);
	}
	const body = new Uint8Array(await request.clone().arrayBuffer());
	if (body.length === 0) return;
	const { headers } = await signBody({
		method: request.method,
		url: request.url,
		body,
		privateKey: await signingKey(device),
		clientId: device.clientId,
		created: Math.floor(now / 1000),
	});
	for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
}

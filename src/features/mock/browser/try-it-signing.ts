import { signBody } from '../signing/device-signing.ts';
import { loadDevice, signingKey } from './device.ts';

/**
 * The last step of a "Try it" request to the mock, after Scalar built it: the form showed the
 * three signing headers as "signed when sent" (their values depend on the exact body and the
 * time of sending), and here they get their values, signed with the browser device's key.
 * Everything else goes out as the form shows it; the dialog then shows the headers as sent.
 */

const SIGNING_HEADERS = ['content-digest', 'signature-input', 'signature'];

/**
 * Signs a request to the mock that carries any of the signing headers (Content-Digest,
 * Signature-Input, Signature), replacing their placeholder values. Requests elsewhere, without
 * those headers, or sent before the device is onboarded go out unchanged.
 */
export async function signAsDevice(request: Request, apiUrl: string, now = Date.now()): Promise<void> {
	if (!request.url.startsWith(`${apiUrl}/`)) return;
	if (!SIGNING_HEADERS.some((name) => request.headers.has(name))) return;
	const device = await loadDevice();
	if (!device?.clientId) return;
	const { headers } = await signBody({
		method: request.method,
		url: request.url,
		body: new Uint8Array(await request.clone().arrayBuffer()),
		privateKey: await signingKey(device),
		clientId: device.clientId,
		created: Math.floor(now / 1000),
	});
	for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
}

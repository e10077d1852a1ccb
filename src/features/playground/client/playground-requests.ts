import { utf8 } from '#shared/bytes.ts';
import { signedRequest, recordExchange, type Exchange, signingKey, type PlaygroundDevice } from '#features/mock/browser.ts';

/** One request of a playground step, as the device (or the orchestrator) sends it. */
export interface StepRequest {
	method: string;
	url: string;
	json?: unknown;
	form?: Record<string, string>;
	/** Sign the body with the device key (Content-Digest + RFC 9421). */
	sign?: boolean;
	/** Send the device's bearer token. */
	auth?: boolean;
	headers?: Record<string, string>;
}

export interface StepResponse {
	response: Response;
	exchange: Exchange;
	/** The signature base, for a signed request. */
	base?: string;
}

/** Sends a request through the page's fetch (so the mock's service worker answers it) and records it. */
export async function sendStepRequest(device: PlaygroundDevice, spec: StepRequest): Promise<StepResponse> {
	const headers = new Headers(spec.headers);
	let body: string | undefined;
	if (spec.json !== undefined) {
		body = JSON.stringify(spec.json, null, 2);
		headers.set('content-type', 'application/json');
	} else if (spec.form) {
		body = new URLSearchParams(spec.form).toString();
		headers.set('content-type', 'application/x-www-form-urlencoded');
	}
	if (spec.auth && device.token) headers.set('authorization', `Bearer ${device.token}`);
	let request = new Request(spec.url, { method: spec.method, headers, ...(body === undefined ? {} : { body: utf8(body) }) });
	let base: string | undefined;
	if (spec.sign) {
		if (!device.clientId) throw new Error('The device has no clientId yet: onboard it first.');
		({ request, base } = await signedRequest(request, await signingKey(device), device.clientId));
	}
	const sent = new Uint8Array(await request.clone().arrayBuffer());
	const response = await fetch(request);
	const exchange = await recordExchange(request, sent, response, new Date());
	return { response, exchange, ...(base === undefined ? {} : { base }) };
}

/** The same request as a curl command, for trying it against `npm run mock`. */
export function curlCommand(exchange: Exchange): string {
	const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
	const lines = [`curl -i -X ${exchange.request.method} ${quote(exchange.request.url)}`];
	for (const [name, value] of exchange.request.headers) lines.push(`  -H ${quote(`${name}: ${value}`)}`);
	if (exchange.request.body) lines.push(`  --data-binary ${quote(exchange.request.body)}`);
	return lines.join(' \\\n');
}

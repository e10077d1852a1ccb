import { contentDigest } from './content-digest.ts';
import { signRequest } from './message-signature.ts';

/**
 * The device's side of a signed request: Content-Digest over the exact body bytes, then an
 * RFC 9421 signature over method, target URI and that digest, keyed by the clientId. Used by the
 * playground, the reference's "Try it", `npm run sign` and the tests.
 */

interface SignedHeaders {
	'content-digest': string;
	'signature-input': string;
	signature: string;
}

export interface SigningResult {
	headers: SignedHeaders;
	/** The signature base, for showing what was signed. */
	base: string;
}

export interface SigningInput {
	method: string;
	url: string;
	body: Uint8Array<ArrayBuffer>;
	privateKey: CryptoKey;
	clientId: string;
	/** Seconds since the epoch; defaults to now. */
	created?: number;
}

export async function signBody(input: SigningInput): Promise<SigningResult> {
	const digest = await contentDigest(input.body);
	const headers = new Headers({ 'content-digest': digest });
	const fields = await signRequest({ method: input.method, url: input.url, headers }, input.privateKey, {
		keyid: input.clientId,
		created: input.created ?? Math.floor(Date.now() / 1000),
	});
	return {
		headers: { 'content-digest': digest, 'signature-input': fields.signatureInput, signature: fields.signature },
		base: fields.base,
	};
}

/** A copy of `request` carrying the three signing headers for its body. */
export async function signedRequest(
	request: Request,
	privateKey: CryptoKey,
	clientId: string,
	created?: number,
): Promise<{ request: Request; base: string }> {
	const body = new Uint8Array(await request.clone().arrayBuffer());
	const { headers, base } = await signBody({
		method: request.method,
		url: request.url,
		body,
		privateKey,
		clientId,
		...(created === undefined ? {} : { created }),
	});
	const signed = new Headers(request.headers);
	for (const [name, value] of Object.entries(headers)) signed.set(name, value);
	return { request: new Request(request.url, { method: request.method, headers: signed, body: body.length > 0 ? body : null }), base };
}

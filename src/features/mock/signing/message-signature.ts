import { parseDictionary, serializeInnerList, serializeDictionary, type InnerList, type Item, type Parameters } from 'structured-headers';
import { utf8 } from '#shared/bytes.ts';
import type { SignatureVerifier } from './crypto-provider.ts';

/**
 * RFC 9421 HTTP Message Signatures for requests, with the one algorithm the management interface
 * uses by default: `ecdsa-p256-sha256` (ECDSA P-256 over SHA-256, signature as raw r‖s).
 * WebCrypto only, so the device side (playground, `npm run sign`) and the mock share this code.
 */

const SIGNATURE_ALGORITHM = 'ecdsa-p256-sha256';
/** What a device signs: method, full target URI and the body's digest (see the API security page). */
const SIGNED_COMPONENTS = ['@method', '@target-uri', 'content-digest'] as const;

const ECDSA = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** The parts of a request a signature can cover. */
export interface SignableRequest {
	method: string;
	url: string;
	headers: Headers;
}

/** Value of one covered component; throws a {@link SignatureFailure}-shaped error when absent. */
function componentValue(request: SignableRequest, url: URL, name: string): string {
	switch (name) {
		case '@method':
			return request.method.toUpperCase();
		case '@target-uri':
			return url.href;
		case '@authority':
			return url.host.toLowerCase();
		case '@scheme':
			return url.protocol.slice(0, -1).toLowerCase();
		case '@path':
			return url.pathname;
		case '@query':
			return url.search || '?';
		case '@request-target':
			return url.pathname + url.search;
	}
	if (name.startsWith('@')) throw new ComponentError(`the derived component "${name}" is not supported`);
	const value = request.headers.get(name);
	if (value === null) throw new ComponentError(`the covered header "${name}" is not in the request`);
	return value.trim();
}

class ComponentError extends Error {}

/** The signature base (RFC 9421 §2.5) of `request` for a serialized `@signature-params` value. */
function signatureBase(request: SignableRequest, components: readonly string[], signatureParams: string): string {
	const url = new URL(request.url);
	const lines = components.map((name) => `"${name}": ${componentValue(request, url, name)}`);
	lines.push(`"@signature-params": ${signatureParams}`);
	return lines.join('\n');
}

export interface SignOptions {
	keyid: string;
	/** Seconds since the epoch. */
	created: number;
	label?: string;
	components?: readonly string[];
}

export interface SignedFields {
	signatureInput: string;
	signature: string;
	/** The exact text that was signed, for showing to a person. */
	base: string;
}

/** Signs a request with an ECDSA P-256 private key; the caller adds the two fields to its headers. */
export async function signRequest(request: SignableRequest, privateKey: CryptoKey, options: SignOptions): Promise<SignedFields> {
	const label = options.label ?? 'sig1';
	const components = options.components ?? SIGNED_COMPONENTS;
	const params: Parameters = new Map<string, string | number>([
		['created', options.created],
		['keyid', options.keyid],
		['alg', SIGNATURE_ALGORITHM],
	]);
	const inner: InnerList = [components.map((name): Item => [name, new Map()]), params];
	const signatureParams = serializeInnerList(inner);
	const base = signatureBase(request, components, signatureParams);
	const signature = new Uint8Array(await crypto.subtle.sign(ECDSA, privateKey, utf8(base)));
	return {
		signatureInput: serializeDictionary(new Map([[label, inner]])),
		signature: serializeDictionary(new Map([[label, [signature.buffer, new Map()]]])),
		base,
	};
}

/** Why a signature was refused. `status` is the HTTP status the mock answers with. */
export interface SignatureFailure {
	reason: 'missing' | 'malformed' | 'components' | 'created' | 'stale' | 'expired' | 'algorithm' | 'keyid' | 'signature';
	detail: string;
}

export interface VerifyOptions {
	/**
	 * The key of the certificate the client onboarded with, looked up by `keyid`: a WebCrypto key,
	 * or a verifier of the platform's own (see `crypto-provider.ts`).
	 */
	resolveKey: (keyid: string) => Promise<CryptoKey | SignatureVerifier | undefined>;
	/** Seconds since the epoch. */
	now: number;
	/** How old (or how far in the future) `created` may be, in seconds. */
	maxAge: number;
	required?: readonly string[];
}

export interface VerifiedSignature {
	keyid: string;
	created: number;
	base: string;
}

/**
 * Verifies the first signature of a request that has both `Signature-Input` and `Signature`
 * members under one label. Returns what was verified, or the first check that failed.
 */
export async function verifyRequest(request: SignableRequest, options: VerifyOptions): Promise<VerifiedSignature | SignatureFailure> {
	const inputField = request.headers.get('signature-input');
	const signatureField = request.headers.get('signature');
	if (inputField === null || signatureField === null) {
		const missing = [inputField === null && 'Signature-Input', signatureField === null && 'Signature'].filter(Boolean).join(' and ');
		return {
			reason: 'missing',
			detail: `The request has no ${missing} header${missing.includes(' and ') ? 's' : ''}; sign it as RFC 9421 describes (\`npm run sign\` shows how).`,
		};
	}
	let inputs, signatures;
	try {
		inputs = parseDictionary(inputField);
		signatures = parseDictionary(signatureField);
	} catch (error) {
		return {
			reason: 'malformed',
			detail: `The Signature-Input or Signature header is not a Structured Fields dictionary (${(error as Error).message}).`,
		};
	}
	const label = [...inputs.keys()].find((key) => signatures.has(key));
	if (label === undefined) return { reason: 'malformed', detail: 'No label appears in both Signature-Input and Signature.' };
	const input = inputs.get(label)!;
	const value = signatures.get(label)![0];
	if (!Array.isArray(input[0]))
		return { reason: 'malformed', detail: `Signature-Input "${label}" is not an inner list of component names.` };
	if (!(value instanceof ArrayBuffer))
		return { reason: 'malformed', detail: `Signature "${label}" is not a byte sequence (write it between colons).` };
	const components = (input[0] as Item[]).map((item) => String(item[0]));
	const params = input[1];

	const required = options.required ?? SIGNED_COMPONENTS;
	const uncovered = required.filter((name) => !components.includes(name));
	if (uncovered.length > 0) {
		return {
			reason: 'components',
			detail: `The signature does not cover ${uncovered.map((name) => `"${name}"`).join(', ')}; cover ${required.map((name) => `"${name}"`).join(' ')}.`,
		};
	}
	const alg = params.get('alg');
	if (alg !== undefined && alg !== SIGNATURE_ALGORITHM) {
		return { reason: 'algorithm', detail: `The signature algorithm "${String(alg)}" is not supported; use "${SIGNATURE_ALGORITHM}".` };
	}
	const created = params.get('created');
	if (typeof created !== 'number')
		return { reason: 'created', detail: 'The signature has no `created` parameter (seconds since the epoch).' };
	const age = options.now - created;
	if (Math.abs(age) > options.maxAge) {
		const when = age > 0 ? `${age} s ago` : `${-age} s in the future`;
		return {
			reason: 'stale',
			detail: `The signature was created ${when}; it must be created within ${options.maxAge} s of the server's clock.`,
		};
	}
	const expires = params.get('expires');
	if (typeof expires === 'number' && expires < options.now) {
		return { reason: 'expired', detail: `The signature expired ${options.now - expires} s ago.` };
	}
	const keyid = params.get('keyid');
	if (typeof keyid !== 'string') return { reason: 'keyid', detail: 'The signature has no `keyid` parameter; set it to your clientId.' };
	const key = await options.resolveKey(keyid);
	if (!key)
		return {
			reason: 'keyid',
			detail: `The keyid "${keyid}" names no key accepted for this request; set keyid to the clientId the request is for.`,
		};

	let base;
	try {
		base = signatureBase(request, components, serializeInnerList(input as InnerList));
	} catch (error) {
		if (error instanceof ComponentError) return { reason: 'components', detail: `The signature cannot be checked: ${error.message}.` };
		throw error;
	}
	if (value.byteLength !== 64) {
		return {
			reason: 'signature',
			detail: `The signature is ${value.byteLength} bytes; an ${SIGNATURE_ALGORITHM} signature is the 64-byte concatenation of r and s (convert a DER signature, as openssl writes it).`,
		};
	}
	const data = utf8(base);
	const verified = typeof key === 'function' ? await key(new Uint8Array(value), data) : await crypto.subtle.verify(ECDSA, key, value, data);
	if (!verified) {
		return {
			reason: 'signature',
			detail: `The signature does not verify with the public key of the certificate client "${keyid}" onboarded with (signature base below):\n${base}`,
		};
	}
	return { keyid, created, base };
}

/** Type guard separating a failure from a verified signature. */
export function isSignatureFailure(result: VerifiedSignature | SignatureFailure): result is SignatureFailure {
	return 'reason' in result;
}

import { parseDictionary, serializeDictionary } from 'structured-headers';
import { toBase64 } from '#shared/bytes.ts';
import { webCryptoProvider, type CryptoProvider } from './crypto-provider.ts';

/**
 * RFC 9530 `Content-Digest`: a Structured Fields dictionary of algorithm → byte sequence over the
 * exact bytes of the message content, e.g. `sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:`.
 */

/** Algorithms this implementation computes; others in a field are ignored, as RFC 9530 §2 allows. */
const ALGORITHMS = { 'sha-256': 'SHA-256', 'sha-512': 'SHA-512' } as const;
type Algorithm = keyof typeof ALGORITHMS;

/** The `Content-Digest` value for `body` (SHA-256 unless told otherwise). */
export async function contentDigest(body: Uint8Array<ArrayBuffer>, algorithm: Algorithm = 'sha-256'): Promise<string> {
	const digest = await crypto.subtle.digest(ALGORITHMS[algorithm], body);
	return serializeDictionary({ [algorithm]: [digest, new Map()] });
}

/** Why a `Content-Digest` field was refused, in words for a problem detail. */
export type DigestFailure =
	| { reason: 'missing'; detail: string }
	| { reason: 'malformed'; detail: string }
	| { reason: 'unsupported'; detail: string }
	| { reason: 'mismatch'; detail: string };

/**
 * Checks a `Content-Digest` field against the body bytes. Every supported algorithm present must
 * match and at least one must be present; returns `undefined` when the digest is good. `digest`
 * computes the hashes (WebCrypto unless the caller has a faster one).
 */
export async function checkContentDigest(
	field: string | null,
	body: Uint8Array<ArrayBuffer>,
	digest: CryptoProvider['digest'] = webCryptoProvider.digest,
): Promise<DigestFailure | undefined> {
	if (field === null || field.trim() === '') {
		return {
			reason: 'missing',
			detail: 'The request has no Content-Digest header; send `Content-Digest: sha-256=:<base64 of SHA-256 of the body>:`.',
		};
	}
	let entries;
	try {
		entries = parseDictionary(field);
	} catch (error) {
		return {
			reason: 'malformed',
			detail: `The Content-Digest header is not a Structured Fields dictionary (${(error as Error).message}); expected \`sha-256=:<base64>:\`.`,
		};
	}
	let checked = 0;
	for (const [name, member] of entries) {
		if (!(name in ALGORITHMS)) continue;
		const value = member[0];
		if (!(value instanceof ArrayBuffer)) {
			return {
				reason: 'malformed',
				detail: `The Content-Digest member \`${name}\` is not a byte sequence; write it between colons: \`${name}=:<base64>:\`.`,
			};
		}
		const expected = await digest(ALGORITHMS[name as Algorithm], body);
		const given = new Uint8Array(value);
		if (toBase64(expected) !== toBase64(given)) {
			return {
				reason: 'mismatch',
				detail: `The Content-Digest ${name} value ${toBase64(given)} does not match the ${body.length}-byte body, whose ${name} is ${toBase64(expected)}; compute it over the exact bytes sent.`,
			};
		}
		checked++;
	}
	if (checked === 0) {
		const names = [...entries.keys()].join(', ') || 'none';
		return { reason: 'unsupported', detail: `The Content-Digest header has no supported algorithm (found: ${names}); use sha-256.` };
	}
	return undefined;
}

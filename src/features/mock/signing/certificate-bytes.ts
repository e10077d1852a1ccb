import { fromBase64 } from '#shared/bytes.ts';

/**
 * The DER bytes in a certificate field: PEM text, base64 of PEM text, or base64 of DER. Apart
 * from `x509-certificates.ts` so that a reader that does not need the X.509 library (Node's, in
 * `node/native-crypto.ts`) finds the same bytes without loading it.
 */
export function certificateBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
	if (text.includes('-----BEGIN')) return pemCertificate(text);
	let bytes;
	try {
		bytes = fromBase64(text);
	} catch {
		return undefined;
	}
	const pem = pemText(bytes);
	return pem === undefined ? bytes : pemCertificate(pem);
}

/** The DER bytes of the first certificate of PEM text. */
function pemCertificate(pem: string): Uint8Array<ArrayBuffer> | undefined {
	const body = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem)?.[1];
	try {
		return body === undefined ? undefined : fromBase64(body);
	} catch {
		return undefined;
	}
}

const MARKER = Array.from('-----BEGIN', (char) => char.charCodeAt(0));

/** The bytes as text when they are UTF-8 PEM text, else `undefined` (DER, most often). */
function pemText(bytes: Uint8Array<ArrayBuffer>): string | undefined {
	// ASCII bytes stand for themselves in UTF-8, so the marker is found in the bytes; only PEM
	// text is decoded, strictly, and DER never is (a strict decode of DER throws).
	if (!containsMarker(bytes)) return undefined;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

function containsMarker(bytes: Uint8Array): boolean {
	const last = bytes.length - MARKER.length;
	for (let at = bytes.indexOf(MARKER[0]!); at !== -1 && at <= last; at = bytes.indexOf(MARKER[0]!, at + 1)) {
		if (MARKER.every((byte, i) => bytes[at + i] === byte)) return true;
	}
	return false;
}

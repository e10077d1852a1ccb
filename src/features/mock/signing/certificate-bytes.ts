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

/** The bytes as text when they are UTF-8 PEM text, else `undefined` (DER, most often). */
function pemText(bytes: Uint8Array<ArrayBuffer>): string | undefined {
	// Replacement characters never form ASCII, so a loose decode finds the marker whenever a strict
	// one would, without the exception a strict decode of DER throws.
	if (!new TextDecoder().decode(bytes).includes('-----BEGIN')) return undefined;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

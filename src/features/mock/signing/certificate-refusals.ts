/**
 * The words of every refusal of a device certificate, shared by the two readers (@peculiar/x509 in
 * the browser, `x509-certificates.ts`; Node's `X509Certificate` behind `npm run mock`,
 * `node/native-crypto.ts`), so a device maker reads the same refusal in both. Each reader names
 * the key it found with its library's words; {@link keyName} turns both into one.
 */

/** `unreadable` and `key` make a bad request; `validity` is a certificate the service cannot trust. */
export type CertificateRefusal = { ok: false; reason: 'unreadable' | 'key' | 'validity'; detail: string };

export const notEncoded: CertificateRefusal = {
	ok: false,
	reason: 'unreadable',
	detail: 'The certificate is neither PEM nor base64: send the DER bytes of an X.509 certificate in base64, or its PEM text.',
};

export const notX509: CertificateRefusal = {
	ok: false,
	reason: 'unreadable',
	detail: 'The certificate could not be parsed as X.509 DER: send the DER bytes of the certificate itself, in base64, or its PEM text.',
};

export const offCurve: CertificateRefusal = {
	ok: false,
	reason: 'key',
	detail: "The certificate's P-256 public key is not a point of the curve; the device must send the certificate of its own key pair.",
};

export function wrongKey(found: string): CertificateRefusal {
	return { ok: false, reason: 'key', detail: `The certificate's key is ${found}; the management interface signs with ECDSA P-256 keys.` };
}

export function notValidNow(notBefore: Date, notAfter: Date, now: Date): CertificateRefusal {
	return {
		ok: false,
		reason: 'validity',
		detail: `The certificate is valid from ${notBefore.toISOString()} to ${notAfter.toISOString()}, not now (${now.toISOString()}).`,
	};
}

/** Key algorithms as WebCrypto (@peculiar/x509) and OpenSSL (Node) name them, lower case. */
const ALGORITHMS: Record<string, string> = {
	ec: 'ECDSA',
	ecdsa: 'ECDSA',
	rsa: 'RSA',
	'rsassa-pkcs1-v1_5': 'RSA',
	'rsa-pss': 'RSA-PSS',
	ed25519: 'Ed25519',
	ed448: 'Ed448',
	dsa: 'DSA',
};

/** Curves by their NIST or SEC name, whichever library named them. */
const CURVES: Record<string, string> = {
	prime256v1: 'P-256',
	secp256r1: 'P-256',
	secp384r1: 'P-384',
	secp521r1: 'P-521',
	'k-256': 'secp256k1',
};

/** One name for a key, e.g. `ECDSA P-384`, `RSA`, `Ed25519`, from either library's words. */
export function keyName(algorithm: string, curve?: string): string {
	const name = ALGORITHMS[algorithm.toLowerCase()] ?? algorithm;
	if (!curve) return name;
	return `${name} ${CURVES[curve.toLowerCase()] ?? curve}`;
}

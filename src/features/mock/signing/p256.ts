/**
 * ECDSA P-256 keys through WebCrypto alone. Apart from `x509-certificates.ts` so that verifying a
 * signature or signing as the device does not load the X.509 library (about 300 KB in a page);
 * that loads only when a certificate is made or read.
 */

export const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** The verify key of a stored certificate's public key (a JWK). */
export function importPublicKey(jwk: JsonWebKey): Promise<CryptoKey> {
	return crypto.subtle.importKey('jwk', jwk, P256, true, ['verify']);
}

/** A new ECDSA P-256 key pair; extractable so the playground can keep it and `npm run sign` can save it. */
export async function generateKeyPair(): Promise<CryptoKeyPair> {
	return (await crypto.subtle.generateKey(P256, true, ['sign', 'verify'])) as CryptoKeyPair;
}

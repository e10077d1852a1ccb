import { importPublicKey } from './p256.ts';
import type { CertificateResult } from './x509-certificates.ts';

/** The digests `Content-Digest` names `sha-256` and `sha-512`. */
type DigestAlgorithm = 'SHA-256' | 'SHA-512';

/** Checks an `ecdsa-p256-sha256` signature (raw r‖s, 64 bytes) over `data` with one public key. */
export type SignatureVerifier = (signature: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>) => Promise<boolean> | boolean;

/**
 * The cryptography the mock's checks use, behind one interface so that each platform runs its
 * fastest: WebCrypto and @peculiar/x509 in the browser ({@link webCryptoProvider}, the default),
 * Node's native `crypto` behind `npm run mock` (`node/native-crypto.ts`, injected by the server).
 * Every implementation accepts and refuses the same inputs, with the same words.
 */
export interface CryptoProvider {
	digest(algorithm: DigestAlgorithm, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> | Uint8Array;
	/** A verifier for a stored certificate's P-256 public key (the mock imports each client's once). */
	importVerifier(jwk: JsonWebKey): Promise<SignatureVerifier>;
	/** Reads the certificate a device onboards with (see `x509-certificates.ts` `readCertificate`). */
	readCertificate(text: string, now: Date): Promise<CertificateResult>;
}

const ECDSA = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** WebCrypto, with the X.509 library loaded on the first certificate to read. */
export const webCryptoProvider: CryptoProvider = {
	digest: async (algorithm, data) => new Uint8Array(await crypto.subtle.digest(algorithm, data)),
	async importVerifier(jwk) {
		const key = await importPublicKey(jwk);
		return (signature, data) => crypto.subtle.verify(ECDSA, key, signature, data);
	},
	async readCertificate(text, now) {
		const x509 = await import('./x509-certificates.ts');
		return x509.readCertificate(text, now);
	},
};

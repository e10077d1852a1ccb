import { createHash, createPublicKey, verify, X509Certificate } from 'node:crypto';
import { certificateBytes } from '../signing/certificate-bytes.ts';
import type { CryptoProvider } from '../signing/crypto-provider.ts';
import type { CertificateInfo, CertificateResult } from '../signing/x509-certificates.ts';
import { nodeCertificateInfo, readSimpleCertificate } from './simple-certificate.ts';

/**
 * The mock's cryptography on Node's own `crypto` (OpenSSL, synchronous), for `npm run mock`:
 * reading a certificate took 0.5 ms with @peculiar/x509, takes 40 µs with Node's `X509Certificate`
 * and a few µs with `readSimpleCertificate` (the certificates devices use in practice); a WebCrypto verify
 * or digest costs a promise and a job each. Accepts and refuses what `webCryptoProvider` does:
 * only a certificate it reads without doubt is read here, anything else (garbage, another key,
 * not valid now, a name it would not write as @peculiar/x509 does) goes to the WebCrypto reader,
 * so every refusal reads word for word as in the browser (`tests/node/mock/native-crypto.test.ts`).
 */
export const nativeCrypto: CryptoProvider = {
	digest: (algorithm, data) =>
		createHash(algorithm === 'SHA-256' ? 'sha256' : 'sha512')
			.update(data)
			.digest(),
	async importVerifier(jwk) {
		const key = createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' });
		return (signature, data) => {
			try {
				return verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);
			} catch {
				// OpenSSL refuses some byte strings (r or s out of range) outright: they verify nothing.
				return false;
			}
		};
	},
	async readCertificate(text, now) {
		const bytes = certificateBytes(text.trim());
		const certificate = bytes && bytes.length > 0 ? (readSimpleCertificate(bytes, now) ?? readPlainCertificate(bytes, now)) : undefined;
		if (certificate) return { ok: true, certificate } satisfies CertificateResult;
		const x509 = await import('../signing/x509-certificates.ts');
		return x509.readCertificate(text, now);
	},
};

/** Names of attributes Node and @peculiar/x509 both write the same way. */
const PLAIN_ATTRIBUTE = /^(CN|O|OU|C|L|ST|DC)=[^\\]*$/;

/**
 * The certificate's details when it is a well-formed X.509 certificate with a P-256 key, valid
 * at `now`, whose subject has plain attributes only; `undefined` for anything else (which the
 * WebCrypto reader then reads, or refuses).
 */
export function readPlainCertificate(bytes: Uint8Array<ArrayBuffer>, now: Date): CertificateInfo | undefined {
	let certificate: X509Certificate;
	try {
		certificate = new X509Certificate(bytes);
	} catch {
		return undefined;
	}
	let key;
	try {
		// Throws for a key OpenSSL cannot decode (a point off its curve, for one).
		key = certificate.publicKey;
	} catch {
		return undefined;
	}
	if (key.asymmetricKeyType !== 'ec') return undefined;
	let jwk;
	try {
		// Names the curve (P-256, P-384, P-521, secp256k1) or throws for one JWK has no name for.
		jwk = key.export({ format: 'jwk' });
	} catch {
		return undefined;
	}
	if (jwk.crv !== 'P-256') return undefined;
	const notBefore = certificate.validFromDate;
	const notAfter = certificate.validToDate;
	if (notAfter < now || notBefore > now) return undefined;
	// Node writes one attribute a line, @peculiar/x509 separates them with a comma; both keep the
	// certificate's order. Escapes (`\,`), multi-valued names (` + `) and rarer attributes differ.
	const attributes = certificate.subject.split('\n');
	if (!attributes.every((attribute) => PLAIN_ATTRIBUTE.test(attribute) && !attribute.includes(' + '))) return undefined;
	return nodeCertificateInfo(bytes, attributes.join(', '), notBefore, notAfter, jwk.x!, jwk.y!);
}

import { createHash, createPublicKey, verify, X509Certificate, type JsonWebKey, type KeyObject } from 'node:crypto';
import { certificateBytes } from '../signing/certificate-bytes.ts';
import { notEncoded, notValidNow, notX509, offCurve, keyName, wrongKey } from '../signing/certificate-refusals.ts';
import type { CryptoProvider } from '../signing/crypto-provider.ts';
import type { CertificateResult } from '../signing/x509-certificates.ts';

/**
 * The mock's cryptography on Node's own `crypto` (OpenSSL, synchronous), for `npm run mock`:
 * certificates are read by Node's `X509Certificate` only, as the browser reads them with
 * @peculiar/x509 only. Both readers check the same things in the same order and refuse with the
 * same words (`signing/certificate-refusals.ts`); each library writes a subject's rarer attributes
 * its own way (`native-crypto.test.ts` lists how).
 */
export const nativeCrypto: CryptoProvider = {
	digest: (algorithm, data) =>
		createHash(algorithm === 'SHA-256' ? 'sha256' : 'sha512')
			.update(data)
			.digest(),
	async importVerifier(jwk) {
		const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
		return (signature, data) => {
			try {
				return verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);
			} catch {
				// OpenSSL refuses some byte strings (r or s out of range) outright: they verify nothing.
				return false;
			}
		};
	},
	readCertificate: async (text, now) => readNodeCertificate(text, now),
};

/** Reads a certificate a device sent with Node's `X509Certificate`; see `x509-certificates.ts` `readCertificate`. */
function readNodeCertificate(text: string, now: Date): CertificateResult {
	const bytes = certificateBytes(text.trim());
	if (!bytes || bytes.length === 0) return notEncoded;
	let certificate: X509Certificate;
	try {
		certificate = new X509Certificate(bytes);
	} catch {
		return notX509;
	}
	let key: KeyObject | undefined;
	try {
		key = certificate.publicKey;
	} catch {
		// OpenSSL decodes the key as it reads it, and throws for a point off its curve.
		key = undefined;
	}
	// The JWK names the curve and is what the state keeps, so one export answers both questions;
	// the key's details are read only to name a key that is refused.
	const jwk = key && p256Jwk(key);
	if (key && !jwk) return wrongKey(keyName(key.asymmetricKeyType ?? 'unknown', key.asymmetricKeyDetails?.namedCurve));
	const notBefore = certificate.validFromDate;
	const notAfter = certificate.validToDate;
	if (notAfter < now || notBefore > now) return notValidNow(notBefore, notAfter, now);
	if (!jwk) return offCurve;
	return {
		ok: true,
		certificate: {
			// Node writes one attribute a line, @peculiar/x509 separates them with a comma.
			subject: certificate.subject.split('\n').join(', '),
			notBefore: notBefore.toISOString(),
			notAfter: notAfter.toISOString(),
			fingerprint: createHash('sha256').update(bytes).digest('hex'),
			// As WebCrypto exports it (`crypto.subtle.exportKey('jwk', …)`, fields in that order), so the state reads the same.
			publicKey: { key_ops: ['verify'], ext: true, kty: 'EC', x: jwk.x!, y: jwk.y!, crv: 'P-256' },
			der: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64'),
		},
	};
}

/** The key as a JWK when it is an EC key on P-256, else `undefined`. */
function p256Jwk(key: KeyObject): JsonWebKey | undefined {
	if (key.asymmetricKeyType !== 'ec') return undefined;
	try {
		const jwk = key.export({ format: 'jwk' });
		return jwk.crv === 'P-256' ? jwk : undefined;
	} catch {
		// Curves JWK has no name for (brainpool, for one) do not export.
		return undefined;
	}
}

// @peculiar/x509 reads decorator metadata, which needs this polyfill loaded before it.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { fromBase64, toBase64, toHex } from '#shared/bytes.ts';
import { certificateBytes } from './certificate-bytes.ts';
import { keyName, notEncoded, notValidNow, notX509, offCurve, wrongKey, type CertificateRefusal } from './certificate-refusals.ts';
import { generateKeyPair, importPublicKey, P256 } from './p256.ts';

/**
 * X.509 for the management interface: reading the certificate a device presents at onboarding,
 * and making the certificates the mock and the playground need (a root CA, a device's
 * self-signed certificate). WebCrypto only, so it runs in Chromium and Node 22 alike.
 */

x509.cryptoProvider.set(crypto);

export { generateKeyPair, importPublicKey };
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** What the mock keeps of an onboarded device's certificate. */
export interface CertificateInfo {
	subject: string;
	notBefore: string;
	notAfter: string;
	/** SHA-256 of the DER bytes, lower-case hex. */
	fingerprint: string;
	/** The certificate's ECDSA P-256 public key. */
	publicKey: JsonWebKey;
	/** The certificate as base64 DER, the form the API exchanges. */
	der: string;
}

export type CertificateResult = { ok: true; certificate: CertificateInfo } | CertificateRefusal;

/**
 * Reads a certificate a device sent, with @peculiar/x509. Refuses, with a reason a person can act
 * on (`certificate-refusals.ts`, the words Node's reader uses too), anything that is not an X.509
 * certificate with an ECDSA P-256 key valid at `now`.
 */
export async function readCertificate(text: string, now: Date): Promise<CertificateResult> {
	const bytes = certificateBytes(text.trim());
	if (!bytes || bytes.length === 0) return notEncoded;
	let certificate;
	try {
		certificate = new x509.X509Certificate(bytes);
	} catch {
		return notX509;
	}
	const algorithm = certificate.publicKey.algorithm as { name: string; namedCurve?: string };
	if (algorithm.name !== 'ECDSA' || algorithm.namedCurve !== 'P-256') return wrongKey(keyName(algorithm.name, algorithm.namedCurve));
	if (certificate.notAfter < now || certificate.notBefore > now) return notValidNow(certificate.notBefore, certificate.notAfter, now);
	let key;
	try {
		key = await certificate.publicKey.export(P256, ['verify']);
	} catch {
		return offCurve;
	}
	return {
		ok: true,
		certificate: {
			subject: certificate.subject,
			notBefore: certificate.notBefore.toISOString(),
			notAfter: certificate.notAfter.toISOString(),
			fingerprint: toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))),
			publicKey: await crypto.subtle.exportKey('jwk', key),
			der: toBase64(bytes),
		},
	};
}

export interface SelfSignedOptions {
	/** Common name, e.g. the device's serial number. */
	commonName: string;
	keys: CryptoKeyPair;
	now: Date;
	days?: number;
	/** Marks the certificate as a CA (the mock's root). */
	ca?: boolean;
}

/** A self-signed certificate as PEM. */
export async function createSelfSignedCertificate(options: SelfSignedOptions): Promise<string> {
	const notAfter = new Date(options.now.getTime() + (options.days ?? 365) * 86_400_000);
	const usages = options.ca ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign : x509.KeyUsageFlags.digitalSignature;
	const certificate = await x509.X509CertificateGenerator.createSelfSigned({
		name: `CN=${options.commonName}`,
		keys: options.keys,
		notBefore: options.now,
		notAfter,
		signingAlgorithm: SIGNING,
		extensions: [new x509.BasicConstraintsExtension(options.ca ?? false, undefined, true), new x509.KeyUsagesExtension(usages, true)],
	});
	return certificate.toString('pem');
}

/** Base64 DER of a PEM certificate: the form a device puts in its onboarding request. */
export function pemToBase64Der(pem: string): string {
	return toBase64(new Uint8Array(new x509.X509Certificate(pem).rawData));
}

/** PEM of a PKCS#8 private key, for saving a device key to a file. */
export async function privateKeyToPem(key: CryptoKey): Promise<string> {
	const der = new Uint8Array(await crypto.subtle.exportKey('pkcs8', key));
	return x509.PemConverter.encode(der.buffer, 'PRIVATE KEY');
}

/** Reads a PKCS#8 PEM (as `openssl genpkey` writes) into an ECDSA P-256 signing key. */
export function privateKeyFromPem(pem: string): Promise<CryptoKey> {
	const body = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/.exec(pem)?.[1];
	if (!body)
		throw new Error('expected a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"); convert an EC key with `openssl pkcs8 -topk8 -nocrypt`');
	return crypto.subtle.importKey('pkcs8', fromBase64(body), P256, true, ['sign']);
}

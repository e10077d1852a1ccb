import { expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toBase64, utf8 } from '#shared/bytes.ts';
import {
	createSelfSignedCertificate,
	generateKeyPair,
	pemToBase64Der,
	privateKeyFromPem,
	privateKeyToPem,
	readCertificate,
} from './x509-certificates.ts';

const now = new Date('2026-01-01T00:00:00Z');

test('reads a certificate given as PEM, base64 PEM or base64 DER', async () => {
	const keys = await generateKeyPair();
	const pem = await createSelfSignedCertificate({ commonName: 'device-0001', keys, now });
	const forms = [pem, toBase64(utf8(pem)), pemToBase64Der(pem)];
	const results = await Promise.all(forms.map((form) => readCertificate(form, now)));
	for (const result of results) {
		expect(result).toMatchObject({ ok: true, certificate: { subject: 'CN=device-0001', publicKey: { kty: 'EC', crv: 'P-256' } } });
	}
});

test('reads a certificate made by openssl', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'margo-x509-'));
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:P-256',
			'-nodes',
			'-keyout',
			join(dir, 'key.pem'),
			'-out',
			join(dir, 'cert.pem'),
			'-subj',
			'/CN=openssl-device',
			'-days',
			'30',
		],
		{ stdio: 'ignore' },
	);
	const result = await readCertificate(readFileSync(join(dir, 'cert.pem'), 'utf8'), new Date());
	expect(result).toMatchObject({ ok: true, certificate: { subject: 'CN=openssl-device' } });
	await expect(privateKeyFromPem(readFileSync(join(dir, 'key.pem'), 'utf8'))).resolves.toMatchObject({ type: 'private' });
});

test('refuses garbage, other key types and expired certificates with a reason', async () => {
	const rsa = (await crypto.subtle.generateKey(
		{ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
		true,
		['sign', 'verify'],
	)) as CryptoKeyPair;
	const { X509CertificateGenerator } = await import('@peculiar/x509');
	const rsaPem = (
		await X509CertificateGenerator.createSelfSigned({
			name: 'CN=rsa',
			keys: rsa,
			notBefore: now,
			notAfter: new Date('2027-01-01'),
			signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
		})
	).toString('pem');
	const expired = await createSelfSignedCertificate({
		commonName: 'old',
		keys: await generateKeyPair(),
		now: new Date('2020-01-01'),
		days: 30,
	});
	const results = await Promise.all([
		readCertificate('not a certificate!', now),
		readCertificate(toBase64(utf8('hello world')), now),
		readCertificate(rsaPem, now),
		readCertificate(expired, now),
	]);
	expect(results.map((result) => (result.ok ? 'ok' : `${result.reason}: ${result.detail}`))).toMatchInlineSnapshot(`
		[
		  "unreadable: The certificate is neither PEM nor base64: send the DER bytes of an X.509 certificate in base64, or its PEM text.",
		  "unreadable: The certificate could not be parsed as X.509 DER: send the DER bytes of the certificate itself, in base64, or its PEM text.",
		  "key: The certificate's key is RSA; the management interface signs with ECDSA P-256 keys.",
		  "validity: The certificate is valid from 2020-01-01T00:00:00.000Z to 2020-01-31T00:00:00.000Z, not now (2026-01-01T00:00:00.000Z).",
		]
	`);
});

test('round-trips a private key through PKCS#8 PEM', async () => {
	const keys = await generateKeyPair();
	const pem = await privateKeyToPem(keys.privateKey);
	expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
	const key = await privateKeyFromPem(pem);
	const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, utf8('x'));
	await expect(crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, keys.publicKey, signature, utf8('x'))).resolves.toBe(true);
});

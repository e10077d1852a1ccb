import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { toBase64, utf8 } from '#shared/bytes.ts';
import { checkContentDigest, contentDigest } from '../signing/content-digest.ts';
import { webCryptoProvider } from '../signing/crypto-provider.ts';
import { createSelfSignedCertificate, generateKeyPair, pemToBase64Der } from '../signing/x509-certificates.ts';
import { nativeCrypto } from './native-crypto.ts';

const dir = mkdtempSync(join(tmpdir(), 'margo-native-crypto-'));

/** A self-signed certificate made by openssl, as PEM. */
function openssl(name: string, key: string[], subject: string, days = '30'): string {
	const out = join(dir, `${name}.pem`);
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			...key,
			'-nodes',
			'-keyout',
			join(dir, `${name}.key`),
			'-out',
			out,
			'-subj',
			subject,
			'-days',
			days,
			'-multivalue-rdn',
			'-utf8',
		],
		{ stdio: 'ignore' },
	);
	return readFileSync(out, 'utf8');
}

const P256 = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];

/** The certificate with the last byte of its key's y coordinate changed: no point of P-256 any more. */
function offCurve(der: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
	const header = [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00, 0x04];
	const at = der.findIndex((_, i) => header.every((byte, j) => der[i + j] === byte));
	const copy = der.slice();
	copy[at + header.length + 63]! ^= 1;
	return copy;
}

/** The certificate with its serial number's length written in long form (0x81 0x11): not DER. */
function longFormSerial(der: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
	// 30 82 LL LL | 30 81 LL | a0 03 02 01 02 | 02 11 …: the serial's length byte sits after the version.
	const serial = der.findIndex((_, i) => der[i] === 0xa0 && der[i + 1] === 0x03 && der[i + 5] === 0x02) + 5;
	const bytes = [...der.subarray(0, serial + 1), 0x81, ...der.subarray(serial + 1)];
	// Every length around it grows by one.
	bytes[3]! += 1;
	bytes[6]! += 1;
	return Uint8Array.from(bytes);
}

test('reads and refuses certificates word for word as the @peculiar/x509 reader does', async () => {
	const now = new Date();
	const pem = await createSelfSignedCertificate({
		commonName: 'device-0001',
		keys: await generateKeyPair(),
		now: new Date(now.getTime() - 60_000),
	});
	const der = pemToBase64Der(pem);
	const derBytes = Uint8Array.from(atob(der), (char) => char.charCodeAt(0));
	const inputs: Record<string, string> = {
		PEM: pem,
		'base64 PEM': toBase64(utf8(pem)),
		'base64 DER': der,
		'base64 DER with line breaks': der.replace(/(.{64})/g, '$1\n'),
		'several attributes': openssl('several', P256, '/C=DE/O=Example Devices/OU=Edge/CN=dev-1'),
		'escaped comma': openssl('comma', P256, '/CN=a\\,b'),
		'multi-valued name': openssl('multi', P256, '/CN=x+O=y'),
		'e-mail attribute': openssl('email', P256, '/emailAddress=a@example.com/CN=x'),
		'serial number attribute': openssl('serial', P256, '/serialNumber=42/CN=x'),
		'non-ASCII name': openssl('utf8', P256, '/CN=Gerät ä'),
		'P-384 key': openssl('p384', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384'], '/CN=p384'),
		'secp256k1 key': openssl('k1', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp256k1'], '/CN=k1'),
		'brainpool key': openssl('brainpool', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:brainpoolP256r1'], '/CN=bp'),
		'RSA key': openssl('rsa', ['-newkey', 'rsa:2048'], '/CN=rsa'),
		'Ed25519 key': openssl('ed25519', ['-newkey', 'ed25519'], '/CN=ed25519'),
		expired: await createSelfSignedCertificate({ commonName: 'old', keys: await generateKeyPair(), now: new Date('2020-01-01'), days: 30 }),
		'not yet valid': await createSelfSignedCertificate({
			commonName: 'new',
			keys: await generateKeyPair(),
			now: new Date(now.getTime() + 86_400_000),
		}),
		'truncated DER': toBase64(derBytes.subarray(0, derBytes.length - 5)),
		'point off the curve': toBase64(offCurve(derBytes)),
		'long-form length where a short one fits': toBase64(longFormSerial(derBytes)),
		'GeneralizedTime validity': openssl('generalized', P256, '/CN=far', '40000'),
		'DER with bytes after it': toBase64(new Uint8Array([...derBytes, 0, 1, 2])),
		'base64 of text': toBase64(utf8('hello world')),
		'PEM of a key': `-----BEGIN PRIVATE KEY-----\n${der}\n-----END PRIVATE KEY-----`,
		'not base64': 'not a certificate!',
		empty: '',
	};
	// A moment after openssl made its certificates, whose validity starts at the second they were made.
	const at = new Date(Date.now() + 5_000);
	const outcomes: Record<string, string> = {};
	const subjects: Record<string, string> = {};
	for (const [name, input] of Object.entries(inputs)) {
		const native = await nativeCrypto.readCertificate(input, at);
		const web = await webCryptoProvider.readCertificate(input, at);
		if (native.ok && web.ok && native.certificate.subject !== web.certificate.subject) {
			// Each library writes a subject its own way; all else is the same.
			subjects[name] = `Node: ${native.certificate.subject} | @peculiar/x509: ${web.certificate.subject}`;
			web.certificate.subject = native.certificate.subject;
		}
		// The same fields, in the same order (the state is kept as JSON), and refusals word for word.
		expect(JSON.stringify(native), name).toBe(JSON.stringify(web));
		outcomes[name] = native.ok
			? `ok, ${native.certificate.subject}`
			: `${native.reason}: ${native.detail.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>')}`;
	}
	expect(subjects).toMatchInlineSnapshot(`
		{
		  "e-mail attribute": "Node: emailAddress=a@example.com, CN=x | @peculiar/x509: E=a@example.com, CN=x",
		  "multi-valued name": "Node: CN=x + O=y | @peculiar/x509: CN=x+O=y",
		  "serial number attribute": "Node: serialNumber=42, CN=x | @peculiar/x509: 2.5.4.5=42, CN=x",
		}
	`);
	expect(outcomes).toMatchInlineSnapshot(`
		{
		  "DER with bytes after it": "ok, CN=device-0001",
		  "Ed25519 key": "key: The certificate's key is Ed25519; the management interface signs with ECDSA P-256 keys.",
		  "GeneralizedTime validity": "ok, CN=far",
		  "P-384 key": "key: The certificate's key is ECDSA P-384; the management interface signs with ECDSA P-256 keys.",
		  "PEM": "ok, CN=device-0001",
		  "PEM of a key": "unreadable: The certificate is neither PEM nor base64: send the DER bytes of an X.509 certificate in base64, or its PEM text.",
		  "RSA key": "key: The certificate's key is RSA; the management interface signs with ECDSA P-256 keys.",
		  "base64 DER": "ok, CN=device-0001",
		  "base64 DER with line breaks": "ok, CN=device-0001",
		  "base64 PEM": "ok, CN=device-0001",
		  "base64 of text": "unreadable: The certificate could not be parsed as X.509 DER: send the DER bytes of the certificate itself, in base64, or its PEM text.",
		  "brainpool key": "key: The certificate's key is ECDSA brainpoolP256r1; the management interface signs with ECDSA P-256 keys.",
		  "e-mail attribute": "ok, emailAddress=a@example.com, CN=x",
		  "empty": "unreadable: The certificate is neither PEM nor base64: send the DER bytes of an X.509 certificate in base64, or its PEM text.",
		  "escaped comma": "ok, CN=a\\,b",
		  "expired": "validity: The certificate is valid from <time> to <time>, not now (<time>).",
		  "long-form length where a short one fits": "ok, CN=device-0001",
		  "multi-valued name": "ok, CN=x + O=y",
		  "non-ASCII name": "ok, CN=Gerät ä",
		  "not base64": "unreadable: The certificate is neither PEM nor base64: send the DER bytes of an X.509 certificate in base64, or its PEM text.",
		  "not yet valid": "validity: The certificate is valid from <time> to <time>, not now (<time>).",
		  "point off the curve": "key: The certificate's P-256 public key is not a point of the curve; the device must send the certificate of its own key pair.",
		  "secp256k1 key": "key: The certificate's key is ECDSA secp256k1; the management interface signs with ECDSA P-256 keys.",
		  "serial number attribute": "ok, serialNumber=42, CN=x",
		  "several attributes": "ok, C=DE, O=Example Devices, OU=Edge, CN=dev-1",
		  "truncated DER": "unreadable: The certificate could not be parsed as X.509 DER: send the DER bytes of the certificate itself, in base64, or its PEM text.",
		}
	`);
});

test('verifies a good signature and refuses wrong ones, as WebCrypto does', async () => {
	const keys = await generateKeyPair();
	const other = await generateKeyPair();
	const data = utf8('"@method": PUT\n"@signature-params": ("@method");created=1');
	const sign = async (key: CryptoKey, bytes: Uint8Array<ArrayBuffer>) =>
		new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, bytes));
	const good = await sign(keys.privateKey, data);
	const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
	const cases: Record<string, [Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>]> = {
		good: [good, data],
		'other data': [good, utf8('"@method": GET')],
		'other key': [await sign(other.privateKey, data), data],
		'one bit flipped': [good.map((byte, index) => (index === 10 ? byte ^ 1 : byte)), data],
		'all zero': [new Uint8Array(64), data],
		'all ones': [new Uint8Array(64).fill(0xff), data],
	};
	const native = await nativeCrypto.importVerifier(jwk);
	const web = await webCryptoProvider.importVerifier(jwk);
	const results: Record<string, boolean> = {};
	for (const [name, [signature, signed]] of Object.entries(cases)) {
		results[name] = await native(signature, signed);
		expect(results[name], name).toBe(await web(signature, signed));
	}
	expect(results).toEqual({
		good: true,
		'other data': false,
		'other key': false,
		'one bit flipped': false,
		'all zero': false,
		'all ones': false,
	});
});

test('refuses a tampered Content-Digest with the same words as WebCrypto', async () => {
	const body = utf8('{"hello": "world"}\n');
	const tampered = utf8('{"hello": "world!"}\n');
	for (const algorithm of ['sha-256', 'sha-512'] as const) {
		const field = await contentDigest(body, algorithm);
		await expect(checkContentDigest(field, body, nativeCrypto.digest)).resolves.toBeUndefined();
		const native = await checkContentDigest(field, tampered, nativeCrypto.digest);
		expect(native?.reason).toBe('mismatch');
		expect(native).toEqual(await checkContentDigest(field, tampered, webCryptoProvider.digest));
	}
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { toBase64, utf8 } from '#shared/bytes.ts';
import { checkContentDigest, contentDigest } from '../signing/content-digest.ts';
import { webCryptoProvider } from '../signing/crypto-provider.ts';
import { createSelfSignedCertificate, generateKeyPair, pemToBase64Der } from '../signing/x509-certificates.ts';
import { certificateBytes } from '../signing/certificate-bytes.ts';
import { nativeCrypto, readPlainCertificate } from './native-crypto.ts';
import { readSimpleCertificate } from './simple-certificate.ts';

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

test('reads and refuses certificates word for word as the WebCrypto reader does', async () => {
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
	for (const [name, input] of Object.entries(inputs)) {
		const native = await nativeCrypto.readCertificate(input, at);
		const web = await webCryptoProvider.readCertificate(input, at);
		// The same fields, in the same order (the state is kept as JSON).
		expect(JSON.stringify(native), name).toBe(JSON.stringify(web));
		const bytes = certificateBytes(input.trim());
		const reader =
			bytes && readSimpleCertificate(bytes, at) ? 'DER walk' : bytes && readPlainCertificate(bytes, at) ? 'native' : 'WebCrypto';
		// The DER walk answers only what Node's X509Certificate answers the same.
		if (reader === 'DER walk')
			expect(JSON.stringify(readSimpleCertificate(bytes!, at)), name).toBe(JSON.stringify(readPlainCertificate(bytes!, at)));
		outcomes[name] = `${reader}: ${native.ok ? `ok, ${native.certificate.subject}` : native.reason}`;
	}
	expect(outcomes).toMatchInlineSnapshot(`
		{
		  "DER with bytes after it": "native: ok, CN=device-0001",
		  "Ed25519 key": "WebCrypto: key",
		  "GeneralizedTime validity": "DER walk: ok, CN=far",
		  "P-384 key": "WebCrypto: key",
		  "PEM": "DER walk: ok, CN=device-0001",
		  "PEM of a key": "WebCrypto: unreadable",
		  "RSA key": "WebCrypto: key",
		  "base64 DER": "DER walk: ok, CN=device-0001",
		  "base64 DER with line breaks": "DER walk: ok, CN=device-0001",
		  "base64 PEM": "DER walk: ok, CN=device-0001",
		  "base64 of text": "WebCrypto: unreadable",
		  "brainpool key": "WebCrypto: key",
		  "e-mail attribute": "WebCrypto: ok, E=a@example.com, CN=x",
		  "empty": "WebCrypto: unreadable",
		  "escaped comma": "WebCrypto: ok, CN=a\\,b",
		  "expired": "WebCrypto: validity",
		  "long-form length where a short one fits": "native: ok, CN=device-0001",
		  "multi-valued name": "WebCrypto: ok, CN=x+O=y",
		  "non-ASCII name": "DER walk: ok, CN=Gerät ä",
		  "not base64": "WebCrypto: unreadable",
		  "not yet valid": "WebCrypto: validity",
		  "point off the curve": "WebCrypto: key",
		  "secp256k1 key": "WebCrypto: key",
		  "serial number attribute": "WebCrypto: ok, 2.5.4.5=42, CN=x",
		  "several attributes": "DER walk: ok, C=DE, O=Example Devices, OU=Edge, CN=dev-1",
		  "truncated DER": "WebCrypto: unreadable",
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

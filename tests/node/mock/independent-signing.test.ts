import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { problem, root, startTestServer } from './support.ts';

// A device that signs with openssl and a few lines of its own (no code of the mock's): its
// requests must be accepted, and the same requests tampered with must be refused.
const dir = mkdtempSync(join(tmpdir(), 'margo-openssl-'));
const file = (name: string) => join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
let server: Awaited<ReturnType<typeof startTestServer>>;
let clientId = '';
let clientSecret = '';

/** An ECDSA signature as openssl writes it (DER SEQUENCE of r and s) → the 64-byte r‖s RFC 9421 uses. */
function derToRaw(der: Buffer): Buffer {
	let offset = 2 + (der[1]! & 0x80 ? der[1]! & 0x7f : 0);
	const integer = () => {
		const length = der[offset + 1]!;
		const value = der.subarray(offset + 2, offset + 2 + length);
		offset += 2 + length;
		const trimmed = value.subarray(value.length - Math.min(value.length, 32));
		return Buffer.concat([Buffer.alloc(32 - trimmed.length), trimmed]);
	};
	return Buffer.concat([integer(), integer()]);
}

/** Signs like a device: digest and signature by openssl, signature base written out by hand. */
function opensslHeaders(method: string, url: string, body: string, created = Math.floor(Date.now() / 1000)) {
	writeFileSync(file('body'), body);
	const digest = `sha-256=:${openssl('dgst', '-sha256', '-binary', file('body')).toString('base64')}:`;
	const params = `("@method" "@target-uri" "content-digest");created=${created};keyid="${clientId}"`;
	const base = `"@method": ${method}\n"@target-uri": ${url}\n"content-digest": ${digest}\n"@signature-params": ${params}`;
	writeFileSync(file('base'), base);
	const signature = derToRaw(openssl('dgst', '-sha256', '-sign', file('device.key.pem'), file('base'))).toString('base64');
	return { 'content-digest': digest, 'signature-input': `sig1=${params}`, signature: `sig1=:${signature}:` };
}

beforeAll(async () => {
	server = await startTestServer({ now: Date.now });
	openssl(
		'req',
		'-x509',
		'-newkey',
		'ec',
		'-pkeyopt',
		'ec_paramgen_curve:P-256',
		'-nodes',
		'-keyout',
		file('device.key.pem'),
		'-out',
		file('device.cert.pem'),
		'-subj',
		'/CN=openssl-device',
		'-days',
		'2',
	);
	const certificate = openssl('x509', '-in', file('device.cert.pem'), '-outform', 'DER').toString('base64');
	const response = await fetch(`${server.api}/onboarding`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate }),
	});
	expect(response.status).toBe(201);
	({ clientId, clientSecret } = await response.json());
});
afterAll(() => server?.close());

const tokenBody = () => `grant_type=client_credentials&client_id=${clientId}&client_secret=${encodeURIComponent(clientSecret)}`;
const postToken = (headers: Record<string, string>, body: string) =>
	fetch(`${server.api}/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });

test('accepts a token request signed with openssl', async () => {
	const response = await postToken(opensslHeaders('POST', `${server.api}/token`, tokenBody()), tokenBody());
	expect(response.status).toBe(200);
	expect(await response.json()).toMatchObject({ token_type: 'Bearer' });
});

test('refuses the openssl-signed request once its body or signature is tampered with', async () => {
	const headers = opensslHeaders('POST', `${server.api}/token`, tokenBody());
	const tamperedBody = `${tokenBody()}&scope=admin`;
	expect((await problem(await postToken(headers, tamperedBody))).kind).toBe('digest-mismatch');
	// A man in the middle who also fixes the digest still cannot make the signature match.
	const refreshed = { ...headers, 'content-digest': opensslHeaders('POST', `${server.api}/token`, tamperedBody)['content-digest'] };
	const refused = await problem(await postToken(refreshed, tamperedBody));
	expect(refused).toMatchObject({ status: 401, kind: 'invalid-signature', check: 'signature/signature' });
	// Signed for another URL: @target-uri no longer matches.
	const elsewhere = opensslHeaders('POST', `${server.url}/other/api/v1/token`, tokenBody());
	expect((await problem(await postToken(elsewhere, tokenBody()))).kind).toBe('invalid-signature');
});

test('accepts headers made by `npm run sign` with an openssl key', async () => {
	const token = (await (await postToken(opensslHeaders('POST', `${server.api}/token`, tokenBody()), tokenBody())).json())
		.access_token as string;
	const url = `${server.api}/clients/${clientId}/capabilities`;
	const document = JSON.stringify({
		apiVersion: 'margo.org/v1alpha1',
		kind: 'DeviceCapabilities',
		properties: {
			id: clientId,
			vendor: 'Example',
			modelNumber: 'M',
			serialNumber: 'S',
			roles: ['Standalone Device'],
			resources: { cpus: [{ architecture: 'arm64', cores: 4 }], memory: '8Gi', storage: '64Gi' },
		},
	});
	writeFileSync(file('capabilities.json'), document);
	execFileSync(
		process.execPath,
		[
			'src/features/mock/node/sign.ts',
			'--key',
			file('device.key.pem'),
			'--client-id',
			clientId,
			'--out',
			file('signed.txt'),
			'PUT',
			url,
			file('capabilities.json'),
		],
		{ cwd: root },
	);
	const headers = Object.fromEntries(
		readFileSync(file('signed.txt'), 'utf8')
			.trim()
			.split('\n')
			.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
	);
	expect(Object.keys(headers)).toEqual(['Content-Digest', 'Signature-Input', 'Signature']);
	const response = await fetch(url, {
		method: 'PUT',
		headers: { ...headers, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: document,
	});
	expect(response.status).toBe(201);
});

import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { checkContentDigest } from '../signing/content-digest.ts';
import { utf8 } from '#shared/bytes.ts';
import { isSignatureFailure, verifyRequest } from '../signing/message-signature.ts';
import { importPublicKey, readCertificate } from '../signing/x509-certificates.ts';
import { createDevice, forgetDevice, saveDevice } from './device.ts';
import { signAsDevice } from './try-it-signing.ts';

const api = 'http://localhost:4321/api/v1';
const now = Date.now();

async function onboardedDevice() {
	const device = { ...(await createDevice('try-it')), clientId: 'c-1', token: 'device-token', tokenExpiresAt: now + 60_000 };
	await saveDevice(device);
	return device;
}

test('signs a "Try it" request to the mock with the device key, replacing example headers', async () => {
	const device = await onboardedDevice();
	const body = '{"apiVersion":"margo.org/v1alpha1"}';
	const request = new Request(`${api}/clients/c-1/capabilities`, {
		method: 'PUT',
		body,
		headers: { 'content-type': 'application/json', 'content-digest': '(signed when sent)', signature: '(signed when sent)' },
	});
	await signAsDevice(request, api, now);
	// The token is the form's business: what it shows is what is sent.
	expect(request.headers.has('authorization')).toBe(false);
	await expect(checkContentDigest(request.headers.get('content-digest'), utf8(body))).resolves.toBeUndefined();
	const certificate = await readCertificate(device.certificatePem, new Date(now));
	if (!certificate.ok) throw new Error(certificate.detail);
	const key = await importPublicKey(certificate.certificate.publicKey);
	const verified = await verifyRequest(
		{ method: request.method, url: request.url, headers: request.headers },
		{ now: Math.floor(now / 1000), maxAge: 300, resolveKey: async (keyid) => (keyid === 'c-1' ? key : undefined) },
	);
	expect(isSignatureFailure(verified)).toBe(false);
});

test('leaves requests alone that go elsewhere, carry no signing header, or come before onboarding', async () => {
	await onboardedDevice();
	const elsewhere = new Request('http://other.example/api/v1/token', { method: 'POST', body: 'x', headers: { signature: 'x' } });
	await signAsDevice(elsewhere, api, now);
	expect(elsewhere.headers.get('signature')).toBe('x');
	const unsigned = new Request(`${api}/onboarding`, { method: 'POST', body: '{}' });
	await signAsDevice(unsigned, api, now);
	expect(unsigned.headers.has('signature')).toBe(false);
	await forgetDevice();
	const early = new Request(`${api}/token`, { method: 'POST', body: 'x', headers: { signature: 'x' } });
	await signAsDevice(early, api, now);
	expect(early.headers.get('signature')).toBe('x');
});

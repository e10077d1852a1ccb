import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { checkContentDigest } from '../signing/content-digest.ts';
import { utf8 } from '#shared/bytes.ts';
import { isSignatureFailure, verifyRequest } from '../signing/message-signature.ts';
import { importPublicKey, readCertificate } from '../signing/x509-certificates.ts';
import { createDevice, forgetDevice, saveDevice } from './device.ts';
import { signAsDevice, useDeviceClientId } from './try-it-signing.ts';

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
		headers: { 'content-type': 'application/json', 'content-digest': 'sha-256=:example:', signature: 'sig1=:example:' },
	});
	await signAsDevice(request, api, now);
	expect(request.headers.get('authorization')).toBe('Bearer device-token');
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

test('leaves requests alone that go elsewhere, carry their own token, or come before onboarding', async () => {
	await onboardedDevice();
	const elsewhere = new Request('http://other.example/api/v1/token', { method: 'POST', body: 'x' });
	await signAsDevice(elsewhere, api, now);
	expect(elsewhere.headers.has('signature')).toBe(false);
	const own = new Request(`${api}/clients/c-1/deployments`, { headers: { authorization: 'Bearer mine' } });
	await signAsDevice(own, api, now);
	expect(own.headers.get('authorization')).toBe('Bearer mine');
	await forgetDevice();
	const early = new Request(`${api}/onboarding`, { method: 'POST', body: '{}' });
	await signAsDevice(early, api, now);
	expect(early.headers.has('signature')).toBe(false);
});

test("puts the device's clientId in the path in place of a client the mock does not know", async () => {
	await onboardedDevice();
	const known = new Set(['c-1', 'c-2']);
	const isOnboarded = async (id: string) => known.has(id);
	const example = { baseUrl: api, path: { variables: { clientId: '3f6c2a9e-8b1d-4e57-a0c4-9d2e7b5f1a63' } } };
	await useDeviceClientId(example, api, isOnboarded);
	expect(example.path.variables.clientId).toBe('c-1');
	const chosen = { baseUrl: api, path: { variables: { clientId: 'c-2' } } };
	await useDeviceClientId(chosen, api, isOnboarded);
	expect(chosen.path.variables.clientId).toBe('c-2');
	const remote = { baseUrl: 'https://wfm.example.com/api/v1', path: { variables: { clientId: 'x' } } };
	await useDeviceClientId(remote, api, isOnboarded);
	expect(remote.path.variables.clientId).toBe('x');
});

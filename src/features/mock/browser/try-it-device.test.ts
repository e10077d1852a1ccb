import 'fake-indexeddb/auto';
import { getResponse } from 'msw';
import { afterAll, beforeEach, expect, test } from 'vitest';
import { createMock } from '../core/create-mock.ts';
import { memoryStore } from '../core/storage.ts';
import { loadOperationSpecs } from '../node/api-operations.ts';
import { forgetDevice, loadDevice } from './device.ts';
import type { BrowserMock } from './runtime.ts';
import { prepareTryItDevice } from './try-it-device.ts';

// The mock's handlers answer the page's fetch, as its service worker does in the browser.
const origin = 'http://localhost:4321';
const mock = createMock({ specs: loadOperationSpecs(new URL('../../../../', import.meta.url).pathname), store: memoryStore(), origin });
const browserMock: BrowserMock = { ...mock, apiUrl: origin + mock.apiPath, controlUrl: origin + mock.controlPath };
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
	const request = new Request(input, init);
	return (await getResponse(mock.handlers, request)) ?? new Response('not mocked', { status: 599 });
};
afterAll(() => {
	globalThis.fetch = realFetch;
});
beforeEach(async () => {
	await forgetDevice();
	await mock.repository.reset();
});

test('brings a fresh browser’s device through every step a deployment operation needs, saying so', async () => {
	const prepared = await prepareTryItDevice('deployment', browserMock);
	expect(prepared.notes).toEqual([
		expect.stringMatching(/^Created a device identity in this browser: .*\(CN=try-it-device-\w+\)/),
		`Onboarded it (POST /onboarding answered 201): clientId ${prepared.device?.clientId}.`,
		'Requested an access token for it (POST /token answered 200).',
		`The mock's orchestrator assigned deployment ${prepared.deployment?.deploymentId} to it.`,
	]);
	expect(prepared.deployment?.components).toEqual(['vision-inspection', 'inspection-dashboard']);
	const state = await mock.repository.read();
	expect(state.tokens[prepared.device?.token ?? '']?.clientId).toBe(prepared.device?.clientId);
	// The next operation finds it all in the mock's state: nothing more is done.
	const again = await prepareTryItDevice('deployment', browserMock);
	expect(again).toMatchObject({ notes: [], deployment: prepared.deployment, device: { token: prepared.device?.token } });
	await expect(loadDevice()).resolves.toMatchObject({ clientId: prepared.device?.clientId });
});

test('asks nothing of the device for an operation that needs none', async () => {
	await expect(prepareTryItDevice('none', browserMock)).resolves.toEqual({ notes: [] });
	await expect(loadDevice()).resolves.toBeUndefined();
});

test('onboards again after the mock was reset, and warns before a second onboarding', async () => {
	const first = await prepareTryItDevice('client', browserMock);
	await expect(prepareTryItDevice('identity', browserMock)).resolves.toMatchObject({
		notes: [expect.stringMatching(/^This device is already onboarded as client [0-9a-f-]{36}: sending its certificate again answers 403/)],
	});
	await mock.repository.reset();
	const second = await prepareTryItDevice('client', browserMock);
	expect(second.notes).toEqual([
		`The mock no longer knows client ${first.device?.clientId} (it was reset), so the device onboards again.`,
		`Onboarded it (POST /onboarding answered 201): clientId ${second.device?.clientId}.`,
	]);
	expect(second.device?.certificate).toBe(first.device?.certificate);
});

test('makes a new identity when the mock revoked the device’s certificate', async () => {
	const first = await prepareTryItDevice('client', browserMock);
	await fetch(`${browserMock.controlUrl}/clients/${first.device?.clientId}/revoke`, { method: 'POST' });
	const second = await prepareTryItDevice('client', browserMock);
	expect(second.notes[0]).toBe("The mock revoked the certificate of this browser's device, so it makes a new one.");
	expect(second.device?.certificate).not.toBe(first.device?.certificate);
	expect(second.device?.clientId).not.toBe(first.device?.clientId);
});

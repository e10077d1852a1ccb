import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readCertificate } from '../../../src/features/mock/signing/x509-certificates.ts';
import { sha256, toHex, utf8 } from '../../../src/shared/bytes.ts';
import { capabilities, statusReport, TestDevice } from '../../support/mock-device.ts';
import { expectContentType, schemaErrors, startTestServer, testClock } from './support.ts';

// One device walks through its whole life against `npm run mock`'s server, step by step.
const clock = testClock();
let server: Awaited<ReturnType<typeof startTestServer>>;
let device: TestDevice;
let deploymentId = '';
let digest = '';
let etag = '';

beforeAll(async () => {
	server = await startTestServer(clock);
	device = await TestDevice.create(server.api, clock.now);
});
afterAll(() => server?.close());

test('serves the root CA certificate without authentication', async () => {
	const response = await device.send('GET', '/onboarding/certificate', { token: null });
	expect(response.status).toBe(200);
	const body = await response.json();
	expect(schemaErrors('CaCertificate', body)).toEqual([]);
	await expect(readCertificate((body as { certificate: string }).certificate, new Date(clock.now()))).resolves.toMatchObject({
		ok: true,
		certificate: { subject: 'CN=Margo mock WFM root CA' },
	});
});

test('onboards the device with its certificate and returns token credentials', async () => {
	const response = await device.onboard();
	expect(response.status).toBe(201);
	const body = (await response.json()) as { clientId: string; tokenUrl: string };
	expect(schemaErrors('OnboardingResponse', body)).toEqual([]);
	expect(body.tokenUrl).toBe(`${server.api}/token`);
	expect(response.headers.get('location')).toBe(`/api/v1/clients/${body.clientId}`);
});

test('issues an access token for the signed client credentials', async () => {
	const response = await device.fetchToken();
	expect(response.status).toBe(200);
	expect(response.headers.get('cache-control')).toBe('no-store');
	const body = await response.json();
	expect(schemaErrors('TokenResponse', body)).toEqual([]);
	expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
});

test('creates, then replaces, the capabilities', async () => {
	const path = `/clients/${device.clientId}/capabilities`;
	const created = await device.send('PUT', path, { json: capabilities(device.clientId) });
	expect(created.status).toBe(201);
	expect(created.headers.get('location')).toBe(`/api/v1${path}`);
	const replaced = await device.send('PUT', path, {
		json: { ...capabilities(device.clientId), properties: { ...capabilities(device.clientId).properties, vendor: 'Other' } },
	});
	expect(replaced.status).toBe(200);
	const state = await (await fetch(`${server.control}/state`)).json();
	expect(state.clients[0].capabilities.properties.vendor).toBe('Other');
});

test('serves an empty manifest with a strong ETag, then 304 for that ETag', async () => {
	const path = `/clients/${device.clientId}/deployments`;
	const response = await device.send('GET', path);
	expect(response.status).toBe(200);
	const text = await response.text();
	expect(JSON.parse(text)).toEqual({ manifestVersion: 1, deployments: [] });
	etag = response.headers.get('etag')!;
	expect(etag).toBe(`"sha256:${toHex(await sha256(utf8(text)))}"`);
	const again = await device.send('GET', path, { headers: { 'if-none-match': etag } });
	expect(again.status).toBe(304);
	expect(again.headers.get('etag')).toBe(etag);
});

test('lists an assigned deployment under a new manifest version and ETag', async () => {
	const assigned = await fetch(`${server.control}/clients/${device.clientId}/deployments`, { method: 'POST' });
	expect(assigned.status).toBe(201);
	({ deploymentId, digest } = await assigned.json());
	const path = `/clients/${device.clientId}/deployments`;
	const response = await device.send('GET', path, { headers: { 'if-none-match': etag } });
	expect(response.status).toBe(200);
	expect(response.headers.get('etag')).not.toBe(etag);
	const manifest = await response.json();
	expect(schemaErrors('DesiredStateManifest', manifest)).toEqual([]);
	expect(manifest).toEqual({
		manifestVersion: 2,
		deployments: [{ deploymentId, digest, url: `${server.api}/clients/${device.clientId}/deployments/${deploymentId}/${digest}` }],
	});
	etag = response.headers.get('etag')!;
});

test('serves the deployment as YAML whose digest is the one in the path', async () => {
	const response = await device.send('GET', `/clients/${device.clientId}/deployments/${deploymentId}/${digest}`);
	expect(response.status).toBe(200);
	expectContentType(response, 'application/yaml');
	expect(response.headers.get('cache-control')).toContain('immutable');
	const text = await response.text();
	expect(`sha256:${toHex(await sha256(utf8(text)))}`).toBe(digest);
	const document = parse(text);
	expect(schemaErrors('ApplicationDeployment', document)).toEqual([]);
	expect(document.metadata.annotations.id).toBe(deploymentId);
});

test('records status reports from installing to installed', async () => {
	const path = `/clients/${device.clientId}/deployments/${deploymentId}/status`;
	const components = { 'vision-inspection': 'installing', 'inspection-dashboard': 'pending' };
	const installing = await device.send('POST', path, { json: statusReport(deploymentId, 'installing', components) });
	expect(installing.status).toBe(204);
	const installed = await device.send('POST', path, {
		json: statusReport(deploymentId, 'installed', { 'vision-inspection': 'installed', 'inspection-dashboard': 'installed' }),
	});
	expect(installed.status).toBe(204);
	const state = await (await fetch(`${server.control}/state`)).json();
	expect(state.clients[0].deployments[0]).toMatchObject({
		state: 'installed',
		statusHistory: [{ state: 'installing' }, { state: 'installed' }],
	});
});

test('drops a removed deployment from the manifest and takes its removal reports', async () => {
	const removed = await fetch(`${server.control}/clients/${device.clientId}/deployments/${deploymentId}`, { method: 'DELETE' });
	expect(await removed.json()).toEqual({ deploymentId, manifestVersion: 3 });
	const manifest = await (await device.send('GET', `/clients/${device.clientId}/deployments`)).json();
	expect(manifest).toEqual({ manifestVersion: 3, deployments: [] });
	const path = `/clients/${device.clientId}/deployments/${deploymentId}/status`;
	const report = await device.send('POST', path, {
		json: statusReport(deploymentId, 'removed', { 'vision-inspection': 'removed', 'inspection-dashboard': 'removed' }),
	});
	expect(report.status).toBe(204);
	const fetched = await device.send('GET', `/clients/${device.clientId}/deployments/${deploymentId}/${digest}`);
	expect(fetched.status).toBe(404);
});

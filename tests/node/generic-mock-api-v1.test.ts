import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadOperationSpecs } from '../../src/features/mock/node/api-operations.ts';
import { startMockServer, type MockServer } from '../../src/features/mock/node/server.ts';
import { projectRoot } from '../support/run-astro.ts';

let server: MockServer;

beforeAll(async () => {
	// The management API's own operations beside a document whose paths also start with /api/v1/.
	server = await startMockServer({ root: join(projectRoot, 'tests/fixtures/api-v1-paths'), specs: loadOperationSpecs(projectRoot) });
});
afterAll(() => server.close());

test('answers a document whose paths start with /api/v1/ with the generic mock at /mock/<id>/', async () => {
	const response = await fetch(`${server.url}/mock/fleet/api/v1/devices/d-1/manifest`);
	expect(response.status).toBe(200);
	expect(await response.json()).toMatchObject({
		manifestVersion: expect.any(Number),
		bundle: { url: expect.stringMatching(/^\/bundles\//) },
	});
	const missing = await fetch(`${server.url}/mock/fleet/api/v1/clients/c-1/capabilities`, { method: 'POST' });
	expect([missing.status, (await missing.json()).type]).toEqual([404, '/problems/not-found']);
});

test('keeps the management mock on its own mount point', async () => {
	const response = await fetch(`${server.url}/api/v1/devices/d-1/manifest`);
	expect(response.status).toBe(404);
	expect((await response.json()).detail).toBe('No operation of the management interface is at /api/v1/devices/d-1/manifest.');
});

test('says in Margo-Mock-Warning when a body cannot be valid, and answers a binary type without a made-up body', async () => {
	const links = await fetch(`${server.url}/mock/fleet/api/v1/links`);
	expect([links.status, links.headers.get('margo-mock-warning')]).toEqual([
		200,
		'no valid body found for the schema: /0/href must match pattern "^/"',
	]);
	const bundle = await fetch(`${server.url}/mock/fleet/api/v1/devices/d-1/bundle`);
	expect([bundle.headers.get('content-type'), await bundle.text(), bundle.headers.get('margo-mock-warning')]).toEqual([
		'application/gzip',
		'',
		'no example of application/gzip is documented; the body is empty',
	]);
	const manifest = await fetch(`${server.url}/mock/fleet/api/v1/devices/d-1/manifest`);
	expect(manifest.headers.get('margo-mock-warning')).toBeNull();
});

import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startMockServer, type MockServer } from '../../src/features/mock/node/server.ts';
import { projectRoot } from '../support/run-astro.ts';

let server: MockServer;

beforeAll(async () => {
	// The fixture has no management API: the server answers its three documents generically.
	server = await startMockServer({ root: join(projectRoot, 'tests/fixtures/api-versions'), specs: [] });
});
afterAll(() => server.close());

test('answers every document of openapi/ at /mock/<id>/<path> beside the management API', async () => {
	const sensors = await fetch(`${server.url}/mock/greenhouse/sensors`);
	expect(sensors.status).toBe(200);
	expect(await sensors.json()).toHaveLength(2);
	const note = await fetch(`${server.url}/mock/field-notes/notes`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', prefer: 'code=400' },
		body: JSON.stringify({ text: 'Check the seal', dueDate: null }),
	});
	expect([note.status, note.headers.get('preference-applied')]).toEqual([400, 'code=400']);
	const unknown = await fetch(`${server.url}/mock/petstore/pets`);
	expect(unknown.status).toBe(404);
	expect(await unknown.json()).toMatchObject({ documents: ['field-notes', 'greenhouse', 'tasks'] });
});

test('points requests outside both mocks to where they live', async () => {
	const response = await fetch(`${server.url}/elsewhere`);
	expect(response.status).toBe(404);
	expect((await response.json()).detail).toBe(
		'The mock serves the management interface under /api/v1/, its controls under /api/mock/ and the other API documents under /mock/<id>/.',
	);
});

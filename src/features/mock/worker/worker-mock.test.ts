import { expect, test, vi } from 'vitest';
import { memoryStore } from '../core/storage.ts';
import { loadOperationSpecs } from '../node/api-operations.ts';
import type { LogNotice } from './protocol.ts';
import { createWorkerMock } from './worker-mock.ts';

const origin = 'https://example.org';
const specs = loadOperationSpecs(new URL('../../../../', import.meta.url).pathname);

function workerMock() {
	const notices: LogNotice[] = [];
	const fetched: string[] = [];
	const mock = createWorkerMock({
		specs,
		ids: ['greenhouse'],
		store: memoryStore(),
		origin,
		base: '/specification/',
		fetch: async (url) => (fetched.push(url), new Response('{}', { status: 404 })),
		notify: (notice) => notices.push(notice),
	});
	return { mock, notices, fetched };
}

test('takes the requests of the mock under the base, and leaves every other request to the browser', () => {
	const { mock } = workerMock();
	const taken = (path: string, at = origin) => mock.answers(`${at}${path}`);
	expect(taken('/specification/api/v1/onboarding/certificate')).toBe(true);
	expect(taken('/specification/api/v1')).toBe(true);
	expect(taken('/specification/api/mock/state')).toBe(true);
	expect(taken('/specification/mock/greenhouse/sensors?limit=2')).toBe(true);
	expect(taken('/specification/favicon.svg')).toBe(false);
	expect(taken('/specification/api/v10/x')).toBe(false);
	expect(taken('/specification/mockups/')).toBe(false);
	expect(taken('/api/v1/onboarding/certificate')).toBe(false);
	expect(taken('/specification/api/v1/onboarding/certificate', 'https://other.example')).toBe(false);
});

test('answers with the same handlers as the Node mock, logs each exchange after it and tells the pages', async () => {
	const { mock, notices } = workerMock();
	const response = await mock.answer(new Request(`${origin}/specification/api/v1/onboarding/certificate`));
	expect(response.status).toBe(200);
	expect(await response.json()).toEqual({ certificate: expect.stringMatching(/^MII/) });
	await mock.settled();
	expect(notices).toMatchObject([
		{
			type: 'exchange',
			entry: { seq: 1, request: { url: `${origin}/specification/api/v1/onboarding/certificate` }, response: { status: 200 } },
		},
	]);
	await expect(mock.command('read-log')).resolves.toHaveLength(1);
	const missing = await mock.answer(new Request(`${origin}/specification/api/v1/nowhere`));
	expect(missing.status).toBe(404);
	expect(missing.headers.get('content-type')).toBe('application/problem+json');
});

test('answers the pages’ questions about the state and the log', async () => {
	const { mock, notices } = workerMock();
	const before = await mock.command('read-state');
	expect(before.clients).toEqual({});
	await mock.command('reset-state');
	expect((await mock.command('read-state')).rootCa).not.toBe(before.rootCa);
	await mock.answer(new Request(`${origin}/specification/api/mock/state`));
	await mock.settled();
	await expect(mock.command('clear-log')).resolves.toBe(1);
	await expect(mock.command('read-log')).resolves.toEqual([]);
	expect(notices.at(-1)).toEqual({ type: 'cleared', through: 1 });
});

test('fetches another document’s 3.1 form from the site on its first request', async () => {
	const { mock, fetched } = workerMock();
	// The worker logs the failure to the browser's console; here it is caught instead of printed.
	const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
	const response = await mock.answer(new Request(`${origin}/specification/mock/greenhouse/sensors`));
	expect(logged).toHaveBeenCalledWith(new Error(`${origin}/specification/openapi/greenhouse.3.1.json: 404`));
	logged.mockRestore();
	expect(fetched).toEqual([`${origin}/specification/openapi/greenhouse.3.1.json`]);
	expect(response.status).toBe(500);
	expect(await response.text()).toBe(`The mock failed: ${origin}/specification/openapi/greenhouse.3.1.json: 404`);
});

test('answers a document whose paths start with /api/v1/ with the generic mock, not the management mock', async () => {
	const { loadApiDocument } = await import('#shared/node/openapi/documents.ts');
	const fleet = loadApiDocument(new URL('../../../../tests/fixtures/api-v1-paths', import.meta.url).pathname, 'openapi/fleet.yaml');
	const mock = createWorkerMock({
		specs,
		ids: ['fleet'],
		store: memoryStore(),
		origin,
		base: '/specification/',
		fetch: async () => Response.json(fleet.document),
		notify: () => undefined,
	});
	const manifest = await mock.answer(new Request(`${origin}/specification/mock/fleet/api/v1/devices/d-1/manifest`));
	expect(manifest.status).toBe(200);
	const capabilities = await mock.answer(
		new Request(`${origin}/specification/mock/fleet/api/v1/clients/c-1/capabilities`, { method: 'POST' }),
	);
	expect(await capabilities.json()).toMatchObject({ status: 404, type: '/specification/problems/not-found' });
});

test('answers HEAD on a GET route as GET without a body', async () => {
	const { mock } = workerMock();
	const response = await mock.answer(new Request(`${origin}/specification/api/v1/onboarding/certificate`, { method: 'HEAD' }));
	expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([200, 'application/json', '']);
});

test('refuses a body over 64 KB with 413 on the controls as on the API', async () => {
	const { mock } = workerMock();
	const response = await mock.answer(new Request(`${origin}/specification/api/mock/reset`, { method: 'POST', body: 'x'.repeat(70_000) }));
	expect([response.status, ((await response.json()) as { detail: string }).detail]).toEqual([
		413,
		'The body has 70000 bytes; the mock accepts at most 65536.',
	]);
	await expect(mock.command('read-log')).resolves.toEqual([]);
});

test('reports conformance over the site’s /requirements.json, fetched when first asked', async () => {
	const fetched: string[] = [];
	const mock = createWorkerMock({
		specs,
		ids: [],
		store: memoryStore(),
		origin,
		base: '/specification/',
		fetch: async (url) => {
			fetched.push(url);
			const requirement = { id: 'REQ-ONB-004', keyword: 'MUST', binds: ['device'], text: 'Send the certificate.' };
			const page = { title: 'Onboarding', url: `${origin}/specification/specification/onboarding/` };
			return Response.json({ requirements: [{ ...requirement, page }] });
		},
		notify: () => undefined,
	});
	const onboarding = await mock.answer(
		new Request(`${origin}/specification/api/v1/onboarding`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate: 'SGVsbG8=' }),
		}),
	);
	expect(onboarding.status).toBe(400);
	expect(fetched).toEqual([]);
	const report = (await (await mock.answer(new Request(`${origin}/specification/api/mock/conformance`))).json()) as {
		requirements: { id: string; state: string; page: { path: string }; failures: { status: number }[] }[];
	};
	expect(fetched).toEqual([`${origin}/specification/requirements.json`]);
	expect(report.requirements).toMatchObject([
		{ id: 'REQ-ONB-004', state: 'failed', page: { path: 'specification/onboarding/' }, failures: [{ status: 400 }] },
	]);
});

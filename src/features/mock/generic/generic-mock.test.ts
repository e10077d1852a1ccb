import { readFileSync } from 'node:fs';
import { getResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { readSourceDocument } from '#shared/openapi/source-document.ts';
import { upgradeDocument } from '#shared/openapi/upgrade.ts';
import type { Exchange } from '../core/exchange.ts';
import { createGenericMock } from './generic-mock.ts';

const ORIGIN = 'http://localhost:4321';
const loads: string[] = [];
const mock = createGenericMock({
	ids: ['greenhouse', 'field-notes', 'tasks'],
	elsewhere: { 'margo-management-api': '/margo/api/v1' },
	base: '/margo/',
	load: (id) => {
		loads.push(id);
		const file = `tests/fixtures/api-versions/openapi/${id}.yaml`;
		const source = readSourceDocument(file, readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8'));
		return upgradeDocument(source.value as Record<string, unknown>).document as never;
	},
});

async function send(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) {
	const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
	const headers = {
		...(body !== undefined && typeof init.body !== 'string' ? { 'content-type': 'application/json' } : {}),
		...init.headers,
	};
	const response = await getResponse(
		mock.handlers,
		new Request(`${ORIGIN}/margo/mock${path}`, { method, headers, ...(body === undefined ? {} : { body }) }),
	);
	if (!response) throw new Error(`no handler answered ${method} ${path}`);
	const text = await response.text();
	return {
		status: response.status,
		headers: Object.fromEntries(response.headers),
		body: text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text,
	};
}

const TASK = { title: 'Repot the basil', tags: ['herbs'] };
const REQUEST_ID = { 'x-request-id': '9b2f6a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b' };

describe('routing', () => {
	test('answers an operation at its path without the server base path, and loads a document once', async () => {
		const first = await send('GET', '/greenhouse/sensors');
		await send('GET', '/greenhouse/sensors/tomato-row-1');
		expect(first.status).toBe(200);
		expect(loads.filter((id) => id === 'greenhouse')).toHaveLength(1);
	});

	test('prefers a concrete path over a template and decodes path parameters', async () => {
		const { status } = await send('GET', '/tasks/tasks/3f1c2a9e-8d7b-4c6a-9e5f-1a2b3c4d5e6f');
		expect(status).toBe(200);
	});

	test('lists the known documents for an unknown id, and points to the management API mock', async () => {
		const unknown = await send('GET', '/petstore/pets');
		expect(unknown).toMatchObject({
			status: 404,
			headers: { 'content-type': 'application/problem+json' },
			body: {
				type: '/margo/problems/unknown-document',
				title: 'No such API document',
				status: 404,
				detail:
					'No API document has the id petstore; send requests to /margo/mock/<id>/<path>, where <id> is one of: greenhouse, field-notes, tasks.',
				instance: '/margo/mock/petstore/pets',
				documents: ['greenhouse', 'field-notes', 'tasks'],
			},
		});
		expect((await send('GET', '/margo-management-api/onboarding')).body.detail).toBe(
			'margo-management-api is mocked with its own behaviour at /margo/api/v1/. The documents mocked here are greenhouse, field-notes, tasks.',
		);
		expect((await send('GET', '')).status).toBe(404);
	});

	test('answers 404 for an unknown path and 405 with Allow for an undefined method', async () => {
		const missing = await send('GET', '/tasks/projects');
		expect(missing.body).toMatchObject({
			status: 404,
			detail: "No operation of Tasks is at /projects; write the path as the document defines it, without its server's base path.",
		});
		const wrong = await send('PATCH', '/tasks/tasks');
		expect(wrong).toMatchObject({ status: 405, headers: { allow: 'GET, POST' }, body: { title: 'Method not allowed' } });
	});
});

describe('request validation', () => {
	test('rejects path, query and header parameters that do not match their schema, with every error', async () => {
		expect((await send('GET', '/tasks/tasks/not-a-uuid')).body).toMatchObject({
			status: 400,
			errors: [{ in: 'path', parameter: 'taskId', detail: 'Must match format "uuid".' }],
		});
		expect((await send('GET', '/tasks/tasks?done=maybe')).body.errors).toEqual([
			{ in: 'query', parameter: 'done', detail: 'Must be of type boolean.' },
		]);
		expect((await send('GET', '/tasks/tasks?done=true')).status).toBe(200);
		expect((await send('GET', '/greenhouse/sensors?limit=500')).body.errors).toEqual([
			{ in: 'query', parameter: 'limit', detail: 'Must be <= 100.' },
		]);
		expect((await send('POST', '/tasks/tasks', { body: TASK })).body.errors).toEqual([
			{ in: 'header', parameter: 'X-Request-Id', detail: 'The required header parameter X-Request-Id is missing.' },
		]);
	});

	test('rejects a body that does not match its schema, with a pointer per field', async () => {
		const { status, body } = await send('POST', '/tasks/tasks', { body: { tags: ['Herbs'], colour: 'green' }, headers: REQUEST_ID });
		expect(status).toBe(400);
		expect(body).toMatchObject({ type: '/margo/problems/invalid-request', detail: '3 fields of the body are invalid.' });
		expect(body.errors).toEqual([
			{ in: 'body', pointer: '/title', detail: 'This required field is missing.' },
			{ in: 'body', pointer: '/colour', detail: 'This field is not part of the schema; remove it or check its spelling.' },
			{ in: 'body', pointer: '/tags/0', detail: 'Must match pattern "^[a-z]+$".' },
		]);
	});

	test('accepts null where a 3.0 schema said nullable, and checks a 2.0 body parameter', async () => {
		expect((await send('POST', '/field-notes/notes', { body: { text: 'Oil the hinge', dueDate: null } })).status).toBe(201);
		expect((await send('POST', '/field-notes/notes', { body: { text: 'Oil the hinge' } })).body.errors).toEqual([
			{ in: 'body', pointer: '/dueDate', detail: 'This required field is missing.' },
		]);
		expect((await send('POST', '/greenhouse/sensors', { body: { id: 'Bad Id', kind: 'humidity' } })).body.errors).toEqual([
			{ in: 'body', pointer: '/id', detail: 'Must match pattern "^[a-z0-9-]+$".' },
		]);
	});

	test('checks a 2.0 formData form with its fields as text', async () => {
		const form = (body: string) =>
			send('POST', '/greenhouse/sensors/tomato-row-1/photos', { body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		expect((await form('caption=North+end&takenAt=2026-11-02T10:00:00Z')).status).toBe(204);
		expect((await form('takenAt=yesterday')).body.errors).toEqual([
			{ in: 'body', pointer: '/caption', detail: 'This required field is missing.' },
			{ in: 'body', pointer: '/takenAt', detail: 'Must match format "date-time".' },
		]);
	});

	test('answers 415 for a wrong or missing content type, and 400 for malformed JSON or a missing body', async () => {
		const text = await send('POST', '/tasks/tasks', { body: 'title=x', headers: { ...REQUEST_ID, 'content-type': 'text/plain' } });
		expect(text).toMatchObject({
			status: 415,
			headers: { 'accept-post': 'application/json' },
			body: { detail: 'The content type text/plain is not accepted; send application/json.' },
		});
		const malformed = await send('POST', '/tasks/tasks', {
			body: '{"title":',
			headers: { ...REQUEST_ID, 'content-type': 'application/json' },
		});
		expect(malformed.body).toMatchObject({ status: 400, title: 'Body is not valid JSON' });
		const empty = await send('POST', '/tasks/tasks', { headers: REQUEST_ID });
		expect(empty.body).toMatchObject({ status: 400, detail: 'POST /tasks needs a request body; send application/json.' });
		expect((await send('DELETE', '/greenhouse/sensors/tomato-row-1', { body: TASK })).body.detail).toBe(
			'DELETE /sensors/{sensorId} takes no request body.',
		);
	});
});

describe('responses', () => {
	test('answers with the first 2xx response and its first named example', async () => {
		const { status, headers, body } = await send('POST', '/tasks/tasks', { body: TASK, headers: REQUEST_ID });
		expect(status).toBe(201);
		expect(headers['content-type']).toBe('application/json');
		expect(body).toMatchObject({ title: 'Water the ferns' });
	});

	test('answers with the example of a 3.0 or 2.0 document, upgraded to a named example', async () => {
		expect((await send('GET', '/field-notes/notes?site=depot')).body).toEqual([
			{ id: 7, text: 'The gate sticks when it is cold.', dueDate: null, reviewer: null },
		]);
		expect((await send('GET', '/greenhouse/sensors')).body).toHaveLength(2);
	});

	test('chooses another documented response or example with Prefer, and says so', async () => {
		const missing = await send('GET', '/tasks/tasks/3f1c2a9e-8d7b-4c6a-9e5f-1a2b3c4d5e6f', { headers: { prefer: 'code=404' } });
		expect(missing).toMatchObject({
			status: 404,
			headers: { 'content-type': 'application/problem+json', 'preference-applied': 'code=404' },
			body: { title: 'Not found', status: 404 },
		});
		const fresh = await send('POST', '/tasks/tasks', { body: TASK, headers: { ...REQUEST_ID, prefer: 'example=fresh' } });
		expect(fresh.body).toMatchObject({ title: 'Something new' });
		const both = await send('POST', '/tasks/tasks', { body: TASK, headers: { ...REQUEST_ID, prefer: 'code=201, example="fresh"' } });
		expect(both.headers['preference-applied']).toBe('code=201, example=fresh');
	});

	test('answers 400 naming what is documented when Prefer names an undocumented code or example', async () => {
		expect((await send('GET', '/tasks/tasks', { headers: { prefer: 'code=418' } })).body).toMatchObject({
			status: 400,
			detail: 'GET /tasks documents no 418 response; it documents 200.',
			documented: ['200'],
		});
		expect((await send('POST', '/tasks/tasks', { body: TASK, headers: { ...REQUEST_ID, prefer: 'example=stale' } })).body.detail).toBe(
			'The 201 response (application/json) has no example named stale; its examples are: watering, fresh.',
		);
	});

	test('answers 204 without a body', async () => {
		const removed = await send('DELETE', '/greenhouse/sensors/tomato-row-1');
		expect(removed).toMatchObject({ status: 204, body: '' });
	});
});

test('reports every exchange it answered, for the request log', async () => {
	const exchanges: Exchange[] = [];
	const logging = createGenericMock({
		ids: ['tasks'],
		load: () => ({ openapi: '3.1.1', info: { title: 'Empty', version: '1' }, paths: {} }),
		onExchange: (e) => exchanges.push(e),
	});
	const response = await getResponse(logging.handlers, new Request(`${ORIGIN}/mock/tasks/nothing`, { method: 'POST', body: 'hello' }));
	expect(response?.status).toBe(404);
	expect(exchanges.map((e) => [e.request.method, e.request.url, e.request.body, e.response.status])).toEqual([
		['POST', `${ORIGIN}/mock/tasks/nothing`, 'hello', 404],
	]);
});

import { expect, test } from 'vitest';
import { readForLog } from './exchange.ts';

const request = {
	method: 'POST',
	url: 'https://example.org/api/v1/onboarding',
	headers: new Headers({ 'content-type': 'application/json' }),
};
const at = new Date('2026-12-06T12:00:00.000Z');

test('hands back a response of the same status, headers and bytes, and logs its body as text', async () => {
	const bytes = new Uint8Array([...new TextEncoder().encode('{"clientId":"é"}\n'), 0xff]);
	const answered = new Response(bytes, {
		status: 201,
		statusText: 'Created',
		headers: { 'content-type': 'application/json', location: '/x' },
	});
	const { response, exchange } = await readForLog(request, new TextEncoder().encode('{}'), answered, at);
	expect(response.status).toBe(201);
	expect(response.statusText).toBe('Created');
	expect([...response.headers]).toEqual([
		['content-type', 'application/json'],
		['location', '/x'],
	]);
	expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
	expect(exchange).toEqual({
		at: '2026-12-06T12:00:00.000Z',
		request: { method: 'POST', url: request.url, headers: [['content-type', 'application/json']], body: '{}' },
		response: {
			status: 201,
			statusText: 'Created',
			headers: [
				['content-type', 'application/json'],
				['location', '/x'],
			],
			body: '{"clientId":"é"}\n\uFFFD',
		},
	});
});

test('logs a response without a body as an empty body and hands back the response itself', async () => {
	const answered = new Response(null, { status: 204 });
	const { response, exchange } = await readForLog(request, new Uint8Array(), answered, at);
	expect(response).toBe(answered);
	expect(exchange.response).toEqual({ status: 204, statusText: 'No Content', headers: [], body: '' });
});

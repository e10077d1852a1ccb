import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { utf8 } from '../../../src/shared/bytes.ts';
import { signBody } from '../../../src/features/mock/signing/device-signing.ts';
import { startMockServer, type MockServer } from '../../../src/features/mock/node/server.ts';
import { statusReport, TestDevice } from '../../support/mock-device.ts';
import { problem, root, startTestServer, testClock } from './support.ts';

// Requests an attacker (or a careless client) sends the Node mock: each is answered with a
// problem, and none of them reaches a route it does not name.
const clock = testClock();
let server: Awaited<ReturnType<typeof startTestServer>>;
let generic: MockServer;
let device: TestDevice;
let deploymentId = '';

beforeAll(async () => {
	server = await startTestServer(clock);
	generic = await startMockServer({ root: join(root, 'tests/fixtures/api-versions'), specs: [] });
	device = await TestDevice.create(server.api, clock.now);
	await device.onboard();
	await device.fetchToken();
	const assigned = await fetch(`${server.control}/clients/${device.clientId}/deployments`, {
		method: 'POST',
		body: JSON.stringify({ applicationId: 'vision-inspection' }),
	});
	deploymentId = ((await assigned.json()) as { deploymentId: string }).deploymentId;
});
afterAll(async () => {
	await server?.close();
	await generic?.close();
});

/** Sends raw HTTP/1.1 text (which fetch would not let through) and reads the status line and body. */
function raw(url: string, head: string, body = ''): Promise<{ status: number; headers: string; body: string }> {
	const { hostname, port } = new URL(url);
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), hostname, () => socket.end(`${head}\r\nConnection: close\r\n\r\n${body}`));
		let text = '';
		socket.on('data', (chunk) => (text += chunk.toString()));
		socket.on('error', reject);
		socket.on('end', () => {
			const [headers = '', rest = ''] = text.split('\r\n\r\n');
			resolve({ status: Number(headers.split(' ')[1]), headers, body: rest });
		});
	});
}

const problemOf = (body: string) => {
	const start = body.indexOf('{');
	const { type, status, detail } = JSON.parse(body.slice(start, body.lastIndexOf('}') + 1)) as Record<string, unknown>;
	return `${String(status)} ${String(type).split('/').pop()}: ${String(detail)}`;
};

test('builds the URL from the request target only, so a Host header cannot reach the controls', async () => {
	const host = new URL(server.url).host;
	const attack = await raw(server.url, `POST /harmless/path HTTP/1.1\r\nHost: ${host}/api/mock/reset?\r\nContent-Length: 0`);
	expect(problemOf(attack.body)).toMatchInlineSnapshot(
		`"400 bad-request: The Host header "${host}/api/mock/reset?" is not a host with an optional port (RFC 9110 §7.2)."`,
	);
	expect(Object.keys((await server.mock.repository.read()).clients)).toEqual([device.clientId]);
});

test('answers absolute-form targets, OPTIONS * and malformed Hosts per HTTP, never with 500', async () => {
	const absolute = await raw(server.url, `GET ${server.api}/onboarding/certificate HTTP/1.1\r\nHost: example.org`);
	expect(absolute.status).toBe(200);
	expect(absolute.body).toMatch(/"certificate": "MII/);
	const options = await raw(server.url, 'OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1');
	expect([options.status, /allow: (.*)/i.exec(options.headers)?.[1]]).toEqual([204, 'GET, HEAD, POST, PUT, DELETE, OPTIONS']);
	const answers = await Promise.all([
		raw(server.url, 'GET * HTTP/1.1\r\nHost: 127.0.0.1'),
		raw(server.url, 'GET /api/v1/onboarding/certificate HTTP/1.1\r\nHost: user@127.0.0.1'),
		raw(server.url, 'GET /api/v1/onboarding/certificate HTTP/1.1\r\nHost: [::1'),
		raw(server.url, 'GET ftp://example.org/api/v1/onboarding/certificate HTTP/1.1\r\nHost: 127.0.0.1'),
		raw(server.url, 'GET http://exa_mple.org/api/v1/onboarding/certificate HTTP/1.1\r\nHost: 127.0.0.1'),
	]);
	expect(answers.map((answer) => problemOf(answer.body))).toMatchInlineSnapshot(`
		[
		  "400 bad-request: The request target * is for OPTIONS only, not GET.",
		  "400 bad-request: The Host header "user@127.0.0.1" is not a host with an optional port (RFC 9110 §7.2).",
		  "400 bad-request: The Host header "[::1" is not a host with an optional port (RFC 9110 §7.2).",
		  "400 bad-request: The request target ftp://example.org/api/v1/onboarding/certificate is neither a path (/…) nor an absolute http URL.",
		  "400 bad-request: The request target http://exa_mple.org/api/v1/onboarding/certificate is not a valid http URL.",
		]
	`);
});

test('refuses bodies over 64 KB with 413 on the controls and the generic mock, whole or chunked', async () => {
	const big = JSON.stringify({ applicationId: 'vision-inspection', padding: 'x'.repeat(70_000) });
	const control = await fetch(`${server.control}/clients/${device.clientId}/deployments`, { method: 'POST', body: big });
	expect(`${control.status} ${(await problem(control)).detail}`).toMatchInlineSnapshot(
		`"413 The body has 70050 bytes; the mock accepts at most 65536."`,
	);
	const note = await fetch(`${generic.url}/mock/field-notes/notes`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ text: 'x'.repeat(70_000) }),
	});
	expect(`${note.status} ${(await problem(note)).detail}`).toMatchInlineSnapshot(
		`"413 The body has 70011 bytes; the mock accepts at most 65536."`,
	);
	const chunk = 'x'.repeat(40_000);
	const chunked = await raw(
		server.url,
		`POST /api/mock/reset HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked`,
		`${(40_000).toString(16)}\r\n${chunk}\r\n${(40_000).toString(16)}\r\n${chunk}\r\n0\r\n\r\n`,
	);
	expect(problemOf(chunked.body)).toMatchInlineSnapshot(
		`"413 payload-too-large: The body has more than 65536 bytes; the mock accepts at most 65536."`,
	);
	expect(Object.keys((await server.mock.repository.read()).clients)).toEqual([device.clientId]);
});

test('answers HEAD on a GET route as GET without a body', async () => {
	const head = await fetch(`${server.api}/onboarding/certificate`, { method: 'HEAD' });
	expect([head.status, head.headers.get('content-type'), await head.text()]).toEqual([200, 'application/json', '']);
	const manifest = await device.send('HEAD', `/clients/${device.clientId}/deployments`);
	expect([manifest.status, manifest.headers.get('etag')]).toEqual([200, expect.stringMatching(/^"sha256:[0-9a-f]{64}"$/)]);
	const sensors = await fetch(`${generic.url}/mock/greenhouse/sensors`, { method: 'HEAD' });
	expect([sensors.status, await sensors.text()]).toEqual([200, '']);
});

test('refuses a replayed signed status report and one older than the last taken', async () => {
	const url = `${server.api}/clients/${device.clientId}/deployments/${deploymentId}/status`;
	const signed = async (state: string, created: number) => {
		const body = JSON.stringify(statusReport(deploymentId, state, { 'vision-inspection': state, 'inspection-dashboard': state }));
		const { headers } = await signBody({
			method: 'POST',
			url,
			body: utf8(body),
			privateKey: device.keys.privateKey,
			clientId: device.clientId,
			created,
		});
		return () =>
			fetch(url, {
				method: 'POST',
				body,
				headers: { ...headers, 'content-type': 'application/json', authorization: `Bearer ${device.token}` },
			});
	};
	const start = Math.floor(clock.now() / 1000);
	const pending = await signed('pending', start);
	const installing = await signed('installing', start + 10);
	expect((await pending()).status).toBe(204);
	expect((await installing()).status).toBe(204);
	const replays = [await installing(), await pending()];
	const answers = [];
	for (const response of replays) answers.push(`${response.status} ${(await problem(response)).detail}`);
	expect(answers).toMatchInlineSnapshot(`
		[
		  "401 This signature was already used for a status report of this deployment; a report sent again must be signed again.",
		  "401 The signature was created at ${start}, before the last status report taken for this deployment (created at ${start + 10}); sign each report when it is sent.",
		]
	`);
	const state = await server.mock.repository.read();
	const history = state.clients[device.clientId]!.deployments[0]!.statusHistory;
	expect(history.map((entry) => entry.report.status.state)).toEqual(['pending', 'installing']);
	const body = await problem(await installing());
	expect([body.kind, (body as unknown as { requirement: string }).requirement]).toEqual(['replayed-signature', 'REQ-SEC-017']);
});

test("refuses the mock's own root CA certificate as a device certificate", async () => {
	const { certificate } = (await (await fetch(`${server.api}/onboarding/certificate`)).json()) as { certificate: string };
	const response = await fetch(`${server.api}/onboarding`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate }),
	});
	const body = await problem(response);
	expect(`${body.status} ${body.kind}: ${body.detail}`).toMatchInlineSnapshot(
		`"403 device-not-accepted: This is the web service's own root CA certificate (from GET /onboarding/certificate), not a device's; send the certificate of the device's own key pair."`,
	);
});

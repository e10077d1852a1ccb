import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSelfSignedCertificate, generateKeyPair, pemToBase64Der } from '../../../src/features/mock/signing/x509-certificates.ts';
import { capabilities, statusReport, TestDevice } from '../../support/mock-device.ts';
import { problem, startTestServer, testClock } from './support.ts';

// Every bad input the mock must refuse, each answered with the problem kind and detail pinned
// here, and none of them changing the state.
const clock = testClock();
let server: Awaited<ReturnType<typeof startTestServer>>;
let device: TestDevice;
let other: TestDevice;
let deploymentId = '';
let stateBefore = '';

const summary = async (response: Response) => {
	const body = await problem(response);
	return `${response.status} ${body.kind}: ${body.detail}`;
};

beforeAll(async () => {
	server = await startTestServer(clock, { maxBodyBytes: 4096 });
	device = await TestDevice.create(server.api, clock.now, 'device');
	other = await TestDevice.create(server.api, clock.now, 'other');
	for (const each of [device, other]) {
		await each.onboard();
		await each.fetchToken();
	}
	const assigned = await fetch(`${server.control}/clients/${device.clientId}/deployments`, {
		method: 'POST',
		body: JSON.stringify({ applicationId: 'vision-inspection' }),
	});
	deploymentId = (await assigned.json()).deploymentId;
	stateBefore = JSON.stringify(await server.mock.repository.read());
});
afterAll(() => server?.close());

test('answers unknown paths with 404 and wrong methods with 405 and Allow', async () => {
	const missing = await device.send('GET', '/nothing/here');
	expect(await summary(missing)).toMatchInlineSnapshot(
		`"404 not-found: No operation of the management interface is at /api/v1/nothing/here."`,
	);
	const wrongMethod = await device.send('DELETE', `/clients/${device.clientId}/capabilities`);
	expect(wrongMethod.headers.get('allow')).toBe('PUT');
	expect(await summary(wrongMethod)).toMatchInlineSnapshot(`"405 method-not-allowed: DELETE is not defined for this path; it allows PUT."`);
	const outside = await fetch(`${server.url}/elsewhere`);
	expect((await problem(outside)).kind).toBe('not-found');
});

test('refuses oversized bodies with 413 and wrong content types with 415', async () => {
	const path = `/clients/${device.clientId}/capabilities`;
	const huge = { ...capabilities(device.clientId), padding: 'x'.repeat(5000) };
	expect(await summary(await device.send('PUT', path, { json: huge }))).toMatchInlineSnapshot(
		`"413 payload-too-large: The body has 5359 bytes; the mock accepts at most 4096."`,
	);
	expect(
		await summary(await device.send('PUT', path, { text: JSON.stringify(capabilities(device.clientId)), contentType: 'text/plain' })),
	).toMatchInlineSnapshot(`"415 unsupported-media-type: The content type text/plain is not accepted; send application/json."`);
	expect(
		await summary(await device.send('POST', '/token', { json: { grant_type: 'client_credentials' }, sign: false })),
	).toMatchInlineSnapshot(
		`"415 unsupported-media-type: The content type application/json is not accepted; send application/x-www-form-urlencoded."`,
	);
});

test('refuses certificates that are garbage, of another key type or expired', async () => {
	const onboard = (certificate: string) =>
		device.send('POST', '/onboarding', { json: { apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate }, sign: false });
	const garbage = await problem(await onboard('SGVsbG8gd29ybGQ='));
	expect(garbage).toMatchObject({ status: 400, kind: 'invalid-certificate', errors: [{ pointer: '/certificate' }] });
	const expired = await createSelfSignedCertificate({
		commonName: 'old',
		keys: await generateKeyPair(),
		now: new Date('2020-01-01'),
		days: 10,
	});
	expect(await summary(await onboard(pemToBase64Der(expired)))).toMatchInlineSnapshot(
		`"403 device-not-accepted: The certificate is valid from 2020-01-01T00:00:00.000Z to 2020-01-11T00:00:00.000Z, not now (2026-06-01T12:00:00.000Z)."`,
	);
	expect(await summary(await onboard(device.certificate))).toMatch(
		/^403 device-not-accepted: This certificate is already onboarded as client/,
	);
});

test('lists every failing field of an invalid onboarding request', async () => {
	const response = await device.send('POST', '/onboarding', { json: { apiVersion: 'v2', certificate: 42, extra: true }, sign: false });
	const body = await problem(response);
	expect({ status: body.status, kind: body.kind, detail: body.detail, errors: body.errors }).toMatchInlineSnapshot(`
		{
		  "detail": "4 fields of the OnboardingRequest document are invalid.",
		  "errors": [
		    {
		      "detail": "This required field is missing.",
		      "pointer": "/kind",
		    },
		    {
		      "detail": "This field is not part of the schema; remove it or check its spelling.",
		      "pointer": "/extra",
		    },
		    {
		      "detail": "Must be "margo.org/v1alpha1".",
		      "pointer": "/apiVersion",
		    },
		    {
		      "detail": "Must be of type string.",
		      "pointer": "/certificate",
		    },
		  ],
		  "kind": "invalid-document",
		  "status": 400,
		}
	`);
	expect(
		await summary(await device.send('POST', '/onboarding', { text: '{"apiVersion": ', contentType: 'application/json', sign: false })),
	).toMatchInlineSnapshot(`"400 invalid-json: The body is not valid JSON: Unexpected end of JSON input."`);
	expect(
		await summary(await device.send('POST', '/onboarding', { text: '', contentType: 'application/json', sign: false })),
	).toMatchInlineSnapshot(`"400 invalid-document: The request has no body; send the OnboardingRequest document."`);
});

test('refuses token requests with wrong credentials, grant or signature', async () => {
	const form = { grant_type: 'client_credentials', client_id: device.clientId, client_secret: device.clientSecret };
	expect(await summary(await device.send('POST', '/token', { form: { ...form, client_secret: 'wrong-secret' } }))).toMatch(
		/^401 invalid-client: The client secret does not match client /,
	);
	expect(await summary(await device.send('POST', '/token', { form: { ...form, grant_type: 'password' } }))).toMatchInlineSnapshot(
		`"400 invalid-document: 1 field of the TokenRequest document is invalid."`,
	);
	expect(await summary(await device.send('POST', '/token', { form, sign: false }))).toMatchInlineSnapshot(
		`"400 invalid-digest: The request has no Content-Digest header; send \`Content-Digest: sha-256=:<base64 of SHA-256 of the body>:\`."`,
	);
	expect(await summary(await device.send('POST', '/token', { form, headers: { 'signature-input': 'x' }, sign: false }))).toMatch(
		/^400 invalid-digest/,
	);
	// Signed by the other device, with the first device's credentials.
	expect(await summary(await other.send('POST', '/token', { form }))).toMatch(
		/^401 invalid-signature: The request is signed by client .* but asks for a token for client /,
	);
});

test('refuses missing, unknown, expired and foreign access tokens', async () => {
	const path = `/clients/${device.clientId}/deployments`;
	const missing = await device.send('GET', path, { token: null });
	expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="margo-mock"');
	expect(await summary(missing)).toMatchInlineSnapshot(
		`"401 missing-token: The request has no Authorization header; send \`Authorization: Bearer <access_token>\` from POST /token."`,
	);
	const unknown = await device.send('GET', path, { token: 'made-up' });
	expect(unknown.headers.get('www-authenticate')).toMatch(/^Bearer realm="margo-mock", error="invalid_token"/);
	expect(await summary(unknown)).toMatchInlineSnapshot(
		`"401 invalid-token: The access token was not issued by this web service (or the mock was reset); request a new one from POST /token."`,
	);
	expect(await summary(await device.send('GET', path, { token: other.token }))).toMatch(
		/^403 wrong-client: The access token was issued to client /,
	);
	clock.advance(3601);
	try {
		expect(await summary(await device.send('GET', path))).toMatchInlineSnapshot(
			`"401 invalid-token: The access token expired 1 s ago; request a new one from POST /token."`,
		);
	} finally {
		clock.advance(-3601);
	}
});

test('refuses a missing or wrong content digest with 400 and a bad or stale signature with 401', async () => {
	const path = `/clients/${device.clientId}/capabilities`;
	const json = capabilities(device.clientId);
	const checks = await Promise.all([
		device.send('PUT', path, { json, sign: false }),
		device.send('PUT', path, { json, tamper: (body) => body.replace('EG-4200', 'EG-9999') }),
		device.send('PUT', path, { json, sign: false, headers: { 'content-digest': 'sha-256=:not base64:' } }),
		other.send('PUT', path, { json, token: device.token }),
		device.send('PUT', path, { json, created: Math.floor(clock.now() / 1000) - 600 }),
		device.send('PUT', path, { json, headers: { signature: 'sig1=:AAAA:' } }),
	]);
	const results = [];
	for (const response of checks) {
		const body = await problem(response);
		results.push(`${body.status} ${body.kind} [${body.check}]: ${body.detail.split('\n')[0]}`);
	}
	expect(
		results.map((line) =>
			line.replace(new RegExp(device.clientId + '|' + other.clientId, 'g'), '<id>').replace(/[A-Za-z0-9+/]{43}=/g, '<sha-256>'),
		),
	).toMatchInlineSnapshot(`
		[
		  "400 invalid-digest [content-digest]: The request has no Content-Digest header; send \`Content-Digest: sha-256=:<base64 of SHA-256 of the body>:\`.",
		  "400 digest-mismatch [content-digest]: The Content-Digest sha-256 value <sha-256> does not match the 346-byte body, whose sha-256 is <sha-256>; compute it over the exact bytes sent.",
		  "400 invalid-digest [content-digest]: The Content-Digest header is not a Structured Fields dictionary (Parse error: ByteSequence does not contain a valid base64 string at offset 20); expected \`sha-256=:<base64>:\`.",
		  "401 invalid-signature [signature/keyid]: The keyid "<id>" names no key accepted for this request; set keyid to the clientId the request is for.",
		  "401 stale-signature [signature/stale]: The signature was created 600 s ago; it must be created within 300 s of the server's clock.",
		  "401 invalid-signature [signature/signature]: The signature is 3 bytes; an ecdsa-p256-sha256 signature is the 64-byte concatenation of r and s (convert a DER signature, as openssl writes it).",
		]
	`);
});

test('refuses an invalid capabilities document, listing each failing field', async () => {
	const document = capabilities(device.clientId);
	const bad = {
		...document,
		properties: { ...document.properties, roles: ['Toaster'], resources: { cpus: [{ architecture: 'riscv', cores: 0 }], memory: '64 GB' } },
	};
	const body = await problem(await device.send('PUT', `/clients/${device.clientId}/capabilities`, { json: bad }));
	expect({ status: body.status, kind: body.kind, detail: body.detail, errors: body.errors }).toMatchInlineSnapshot(`
		{
		  "detail": "5 fields of the DeviceCapabilities document are invalid.",
		  "errors": [
		    {
		      "detail": "Must be one of "Standalone Cluster", "Cluster Leader", "Cluster Worker", "Standalone Device".",
		      "pointer": "/properties/roles/0",
		    },
		    {
		      "detail": "This required field is missing.",
		      "pointer": "/properties/resources/storage",
		    },
		    {
		      "detail": "Must be one of "amd64", "arm64", "arm".",
		      "pointer": "/properties/resources/cpus/0/architecture",
		    },
		    {
		      "detail": "Must be >= 1.",
		      "pointer": "/properties/resources/cpus/0/cores",
		    },
		    {
		      "detail": "Must match the pattern ^(0|[1-9][0-9]*)(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)$.",
		      "pointer": "/properties/resources/memory",
		    },
		  ],
		  "kind": "invalid-document",
		  "status": 400,
		}
	`);
});

test('refuses bad status reports: unknown state, failed without error, wrong ids, unknown components', async () => {
	const path = (id: string) => `/clients/${device.clientId}/deployments/${id}/status`;
	const components = { 'vision-inspection': 'installing', 'inspection-dashboard': 'pending' };
	const unknownState = await problem(
		await device.send('POST', path(deploymentId), { json: statusReport(deploymentId, 'Installed', components) }),
	);
	expect(unknownState.errors).toMatchInlineSnapshot(`
		[
		  {
		    "detail": "Must be one of "pending", "installing", "installed", "failed", "removing", "removed".",
		    "pointer": "/status/state",
		  },
		]
	`);
	const failed = await problem(await device.send('POST', path(deploymentId), { json: statusReport(deploymentId, 'failed', components) }));
	expect(failed.errors).toMatchInlineSnapshot(`
		[
		  {
		    "detail": "A \`failed\` state needs an error.",
		    "pointer": "/status/error",
		  },
		]
	`);
	const mismatch = await problem(
		await device.send('POST', path(deploymentId), { json: statusReport('0c0ffee0-0000-4000-8000-000000000000', 'installing', components) }),
	);
	expect(mismatch.errors?.[0]?.pointer).toBe('/deploymentId');
	const unknown = '0c0ffee0-0000-4000-8000-000000000000';
	expect(await summary(await device.send('POST', path(unknown), { json: statusReport(unknown, 'installing', components) }))).toMatch(
		/^404 deployment-not-found: Client .* has no deployment 0c0ffee0/,
	);
	const strange = await problem(
		await device.send('POST', path(deploymentId), { json: statusReport(deploymentId, 'installing', { 'no-such-part': 'installing' }) }),
	);
	expect(strange.errors).toMatchInlineSnapshot(`
		[
		  {
		    "detail": "Must be a component of the deployment: vision-inspection, inspection-dashboard.",
		    "pointer": "/components/0/name",
		  },
		]
	`);
});

test('answers 404 for a deployment fetched with a wrong digest or id', async () => {
	const zero = `sha256:${'0'.repeat(64)}`;
	expect(await summary(await device.send('GET', `/clients/${device.clientId}/deployments/${deploymentId}/${zero}`))).toMatch(
		/has no version with digest sha256:0000/,
	);
	expect(
		(await problem(await device.send('GET', `/clients/${device.clientId}/deployments/0c0ffee0-0000-4000-8000-000000000000/${zero}`))).kind,
	).toBe('deployment-not-found');
});

test('left the state exactly as it was after all the rejected requests', async () => {
	expect(JSON.stringify(await server.mock.repository.read())).toBe(stateBefore);
});

test('refuses signed requests and tokens of a revoked client with 403', async () => {
	await fetch(`${server.control}/clients/${other.clientId}/revoke`, { method: 'POST' });
	expect(
		(await problem(await other.send('PUT', `/clients/${other.clientId}/capabilities`, { json: capabilities(other.clientId) }))).kind,
	).toBe('certificate-revoked');
	expect((await problem(await other.fetchToken())).kind).toBe('certificate-revoked');
});

import { afterAll, beforeAll, expect, test } from 'vitest';
import { request as httpRequest } from 'node:http';
import { capabilities, statusReport, TestDevice } from '../../support/mock-device.ts';
import type { ConformanceReport } from '../../../src/features/mock/core/conformance/report.ts';
import { startTestServer, testClock } from './support.ts';
import { utf8 } from '../../../src/shared/bytes.ts';
import { signBody } from '../../../src/features/mock/signing/device-signing.ts';

// A client that does everything right and one that makes each fault the mock detects, against
// `npm run mock`'s server; the conformance report adds up what each request showed.
const clock = testClock();
let server: Awaited<ReturnType<typeof startTestServer>>;
let good: TestDevice;
let faulty: TestDevice;
const names = new Map<string, string>();

const components = (state: string) => ({ 'vision-inspection': state, 'inspection-dashboard': state });

async function assign(device: TestDevice): Promise<string> {
	const response = await fetch(`${server.control}/clients/${device.clientId}/deployments`, {
		method: 'POST',
		body: JSON.stringify({ applicationId: 'vision-inspection' }),
	});
	return ((await response.json()) as { deploymentId: string }).deploymentId;
}

beforeAll(async () => {
	server = await startTestServer(clock);
	good = await TestDevice.create(server.api, clock.now, 'good');
	faulty = await TestDevice.create(server.api, clock.now, 'faulty');

	// The good client: onboarding, token, capabilities, manifest (then with its ETag), deployment, status.
	await good.onboard();
	await good.fetchToken();
	await good.send('PUT', `/clients/${good.clientId}/capabilities`, { json: capabilities(good.clientId) });
	const goodDeployment = await assign(good);
	const manifest = await good.send('GET', `/clients/${good.clientId}/deployments`);
	const { deployments } = (await manifest.json()) as { deployments: { url: string }[] };
	await good.send('GET', `/clients/${good.clientId}/deployments`, { headers: { 'if-none-match': manifest.headers.get('etag')! } });
	await fetch(deployments[0]!.url, { headers: { authorization: `Bearer ${good.token}` } });
	for (const state of ['pending', 'installing', 'installed']) {
		clock.advance(1);
		await good.send('POST', `/clients/${good.clientId}/deployments/${goodDeployment}/status`, {
			json: statusReport(goodDeployment, state, components(state)),
		});
	}

	// The faulty client: one of each fault.
	const onboard = (certificate: string) =>
		faulty.send('POST', '/onboarding', { json: { apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate }, sign: false });
	await onboard('SGVsbG8gd29ybGQ=');
	await onboard('-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----');
	const { certificate: rootCa } = (await (await fetch(`${server.api}/onboarding/certificate`)).json()) as { certificate: string };
	await onboard(rootCa);
	await faulty.send('POST', '/onboarding', { json: { apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest' }, sign: false });
	await faulty.onboard();
	await onboard(faulty.certificate);
	const form = { grant_type: 'client_credentials', client_id: faulty.clientId, client_secret: faulty.clientSecret };
	await faulty.send('POST', '/token', { form: { ...form, client_secret: 'guessed' } });
	await faulty.send('POST', '/token', { json: form });
	await faulty.fetchToken();
	const deploymentId = await assign(faulty);
	const path = `/clients/${faulty.clientId}`;
	await faulty.send('GET', `${path}/deployments`);
	await faulty.send('GET', `${path}/deployments`);
	await faulty.send('GET', `${path}/deployments`, { token: null });
	const document = capabilities(faulty.clientId);
	await faulty.send('PUT', `${path}/capabilities`, { json: document, sign: false });
	await faulty.send('PUT', `${path}/capabilities`, { json: document, tamper: (body) => body.replace('EG-4200', 'EG-9999') });
	await faulty.send('PUT', `${path}/capabilities`, { json: document, created: Math.floor(clock.now() / 1000) - 600 });
	await faulty.send('PUT', `${path}/capabilities`, { json: document, headers: { signature: 'sig1=:AAAA:' } });
	await faulty.send('PUT', `${path}/capabilities`, {
		json: {
			...document,
			properties: {
				...document.properties,
				roles: ['Toaster'],
				resources: { cpus: [{ architecture: 'riscv', cores: 1 }], memory: '64 GB', storage: '1Ti' },
			},
		},
	});
	const status = `${path}/deployments/${deploymentId}/status`;
	await faulty.send('POST', status, { json: statusReport('0c0ffee0-0000-4000-8000-000000000000', 'pending', components('pending')) });
	await faulty.send('POST', status, { json: statusReport(deploymentId, 'Pending', components('pending')) });
	await faulty.send('POST', status, { json: statusReport(deploymentId, 'failed', components('failed')) });
	await faulty.send('POST', status, { json: statusReport(deploymentId, 'installing', { 'no-such-part': 'installing' }) });
	await faulty.send('POST', status, { json: statusReport(deploymentId, 'installed', components('installing')) });
	// The same signed report twice: a replay.
	const body = JSON.stringify(statusReport(deploymentId, 'installing', components('installing')));
	const url = `${server.api}${status}`;
	const signed = await signBody({
		method: 'POST',
		url,
		body: utf8(body),
		privateKey: faulty.keys.privateKey,
		clientId: faulty.clientId,
		created: Math.floor(clock.now() / 1000),
	});
	const headers = { ...signed.headers, 'content-type': 'application/json', authorization: `Bearer ${faulty.token}` };
	for (let i = 0; i < 2; i++) await fetch(url, { method: 'POST', body, headers });
	clock.advance(3601);
	await faulty.send('GET', `${path}/deployments`);
	clock.advance(-3601);
	for (const [id, name] of [
		[good.clientId, '<good>'],
		[faulty.clientId, '<faulty>'],
		[goodDeployment, '<good-deployment>'],
		[deploymentId, '<faulty-deployment>'],
	] as const)
		names.set(id, name);
});
afterAll(() => server?.close());

/** The text with the run's random parts (ids, signatures, digests, tokens) named. */
function normalize(text: string): string {
	let result = text;
	for (const [id, name] of names) result = result.replaceAll(id, name);
	return result
		.replace(/sig1=:[A-Za-z0-9+/=]+:/g, 'sig1=:<signature>:')
		.replace(/sha-256=:[A-Za-z0-9+/=]+:/g, 'sha-256=:<digest>:')
		.replace(/[A-Za-z0-9+/]{43}=/g, '<sha-256>')
		.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>');
}

test('adds up each requirement checked on the devices’ requests, with the failing requests as evidence', async () => {
	const report = (await (await fetch(`${server.control}/conformance`)).json()) as ConformanceReport;
	const lines = report.requirements.map(
		(requirement) =>
			`${requirement.id} ${requirement.state} ${requirement.passed}/${requirement.checks}` +
			requirement.failures.map((failure) => ` | ${failure.method} ${failure.status} ${failure.check}`).join(''),
	);
	expect(normalize(lines.join('\n'))).toMatchInlineSnapshot(`
		"REQ-ONB-004 failed 12/16 | POST 400 onboarding/certificate | POST 400 onboarding/document | POST 403 onboarding/own-certificate | POST 400 onboarding/document
		REQ-ONB-005 failed 6/7 | POST 400 onboarding/no-private-key
		REQ-ONB-012 failed 2/3 | POST 403 onboarding/once
		REQ-SEC-001 failed 5/7 | POST 415 token/request | POST 401 token/credentials
		REQ-SEC-003 failed 21/22 | GET 401 auth/bearer
		REQ-SEC-004 failed 21/22 | GET 401 auth/fresh-token
		REQ-SEC-006 failed 17/19 | PUT 400 signing/digest | PUT 400 signing/digest
		REQ-SEC-007 failed 20/22 | PUT 401 signing/signature | POST 401 signing/not-replayed
		REQ-SEC-008 passed 15/15
		REQ-SEC-009 passed 18/18
		REQ-SEC-010 passed 15/15
		REQ-CAP-001 failed 2/4 | GET 200 capabilities/first | GET 200 capabilities/first
		REQ-CAP-003 passed 2/2
		REQ-CAP-004 failed 1/2 | PUT 400 capabilities/roles
		REQ-CAP-005 failed 1/2 | PUT 400 capabilities/units
		REQ-CAP-006 failed 1/2 | PUT 400 capabilities/architecture
		REQ-DST-007 failed 1/2 | GET 200 manifest/if-none-match
		REQ-STS-001 passed 10/10
		REQ-STS-002 failed 7/8 | POST 400 status/deployment-id
		REQ-STS-003 failed 6/7 | POST 400 status/components
		REQ-STS-004 failed 9/10 | POST 400 status/states
		REQ-STS-005 failed 9/10 | POST 400 status/errors
		REQ-STS-006 failed 1/2 | POST 204 status/installed
		REQ-STS-007 unchecked 0/0
		REQ-STS-008 unchecked 0/0
		REQ-DEV-006 failed 15/16 | PUT 401 signing/clock"
	`);
	expect(report.notCheckable.length).toBeGreaterThan(20);
	const onboarding = report.requirements.find((requirement) => requirement.id === 'REQ-ONB-004')!;
	expect(normalize(JSON.stringify(onboarding.failures[0], null, 2))).toMatchInlineSnapshot(`
		"{
		  "at": "<time>",
		  "check": "onboarding/certificate",
		  "method": "POST",
		  "path": "/api/v1/onboarding",
		  "status": 400,
		  "problem": {
		    "type": "https://wfm.example.com/problems/invalid-certificate",
		    "title": "Invalid certificate",
		    "status": 400,
		    "detail": "The certificate could not be parsed as X.509 DER: send the DER bytes of the certificate itself, in base64, or its PEM text.",
		    "instance": "/api/v1/onboarding",
		    "errors": [
		      {
		        "pointer": "/certificate",
		        "detail": "The certificate could not be parsed as X.509 DER: send the DER bytes of the certificate itself, in base64, or its PEM text."
		      }
		    ],
		    "requirement": "REQ-ONB-004"
		  },
		  "headers": {
		    "content-type": "application/json"
		  },
		  "bodyDigest": "sha-256=:<digest>:"
		}"
	`);
});

test('narrows the report to one client and starts over on reset', async () => {
	const only = (await (await fetch(`${server.control}/conformance?client=${good.clientId}`)).json()) as ConformanceReport;
	expect(only.client).toBe(good.clientId);
	expect(only.requirements.filter((requirement) => requirement.state === 'failed')).toEqual([]);
	expect(only.requirements.filter((requirement) => requirement.state === 'passed').length).toBeGreaterThanOrEqual(15);
});

test('gives the report as JUnit XML: a suite per page, a case per requirement, failures with evidence', async () => {
	const response = await fetch(`${server.control}/conformance?format=junit&client=${faulty.clientId}`);
	expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
	expect(normalize(await response.text())).toMatchInlineSnapshot(`
		"<?xml version="1.0" encoding="UTF-8"?>
		<testsuites name="Margo device conformance of client <faulty>" tests="57" failures="17" skipped="33">
		<testsuite name="Onboarding" tests="6" failures="1" skipped="3" timestamp="<time>">
		<testcase classname="specification/onboarding/" name="REQ-ONB-004 MUST: The device management client MUST send its X.509 certificate, base64-encoded, in the certificate field of an OnboardingRequest document."/>
		<testcase classname="specification/onboarding/" name="REQ-ONB-005 MUST NOT: The device management client MUST NOT send the private key of its certificate to the workload orchestration web service."/>
		<testcase classname="specification/onboarding/" name="REQ-ONB-012 MUST: The device management client MUST store its clientId and clientSecret persistently, so that it does not need to onboard again after a restart.">
		<failure message="1 of 2 checks failed" type="REQ-ONB-012"><time> POST /api/v1/onboarding → 403 (onboarding/once) Device not accepted: This certificate is already onboarded as client <faulty>; a device onboards once (reset the mock or use a new key pair to start over).
		  content-type: application/json
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/onboarding/" name="REQ-ONB-003">
		<skipped message="Not checkable: GET /onboarding/certificate carries no identity: the mock cannot tell which device fetched it."/>
		</testcase>
		<testcase classname="specification/onboarding/" name="REQ-ONB-006">
		<skipped message="Not checkable: Whether the key is kept shows only in later signatures, which REQ-SEC-007 checks."/>
		</testcase>
		<testcase classname="specification/onboarding/" name="REQ-ONB-013">
		<skipped message="Not checkable: How the device stores its secret is not visible over the interface."/>
		</testcase>
		</testsuite>
		<testsuite name="API security" tests="8" failures="5" skipped="0" timestamp="<time>">
		<testcase classname="specification/api-security/" name="REQ-SEC-001 MUST: The device management client MUST request access tokens from POST /token with the OAuth 2.0 client credentials grant, sending grant_type=client_credentials, client_id and client_secret form-encoded.">
		<failure message="1 of 4 checks failed" type="REQ-SEC-001"><time> POST /api/v1/token → 401 (token/credentials) Client authentication failed: The client secret does not match client <faulty>.
		  content-type: application/x-www-form-urlencoded
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/api-security/" name="REQ-SEC-003 MUST: The device management client MUST send its current access token as Authorization: Bearer &#60;token&#62; on every request to an endpoint under /clients/{clientId}.">
		<failure message="1 of 15 checks failed" type="REQ-SEC-003"><time> GET /api/v1/clients/<faulty>/deployments → 401 (auth/bearer) Access token missing: The request has no Authorization header; send \`Authorization: Bearer &#60;access_token&#62;\` from POST /token.</failure>
		</testcase>
		<testcase classname="specification/api-security/" name="REQ-SEC-004 SHOULD: The device management client SHOULD request a new access token before the current one expires.">
		<failure message="1 of 15 checks failed" type="REQ-SEC-004"><time> GET /api/v1/clients/<faulty>/deployments → 401 (auth/fresh-token) Access token not valid: The access token expired 1 s ago; request a new one from POST /token.
		  authorization: Bearer &#60;token&#62;</failure>
		</testcase>
		<testcase classname="specification/api-security/" name="REQ-SEC-006 MUST: The device management client MUST send a Content-Digest header with a sha-256 digest of the exact body bytes on every request with a body that it sends after onboarding.">
		<failure message="2 of 14 checks failed" type="REQ-SEC-006"><time> PUT /api/v1/clients/<faulty>/capabilities → 400 (signing/digest) Content digest missing or malformed: The request has no Content-Digest header; send \`Content-Digest: sha-256=:&#60;base64 of SHA-256 of the body&#62;:\`.
		  content-type: application/json
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:
		<time> PUT /api/v1/clients/<faulty>/capabilities → 400 (signing/digest) Content digest does not match: The Content-Digest sha-256 value <sha-256> does not match the 346-byte body, whose sha-256 is <sha-256>; compute it over the exact bytes sent.
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/api-security/" name="REQ-SEC-007 MUST: The device management client MUST sign every request with a body that it sends after onboarding with an RFC 9421 HTTP message signature made with the private key of the certificate it onboarded with.">
		<failure message="2 of 14 checks failed" type="REQ-SEC-007"><time> PUT /api/v1/clients/<faulty>/capabilities → 401 (signing/signature) Signature verification failed: The signature is 3 bytes; an ecdsa-p256-sha256 signature is the 64-byte concatenation of r and s (convert a DER signature, as openssl writes it).
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:
		<time> POST /api/v1/clients/<faulty>/deployments/<faulty-deployment>/status → 401 (signing/not-replayed) Signed request replayed: This signature was already used for a status report of this deployment; a report sent again must be signed again.
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/api-security/" name="REQ-SEC-008 MUST: The device management client MUST cover the @method and @target-uri derived components and the content-digest header in every signature it sends."/>
		<testcase classname="specification/api-security/" name="REQ-SEC-009 MUST: The device management client MUST include the created parameter and a keyid parameter equal to its clientId in every signature it sends."/>
		<testcase classname="specification/api-security/" name="REQ-SEC-010 SHOULD: The device management client SHOULD use ECDSA on curve P-256 with SHA-256 as its signature algorithm."/>
		</testsuite>
		<testsuite name="Device capabilities" tests="6" failures="4" skipped="1" timestamp="<time>">
		<testcase classname="specification/device-capabilities/" name="REQ-CAP-001 MUST: The device management client MUST send a DeviceCapabilities document with PUT /clients/{clientId}/capabilities right after onboarding, as soon as it holds an access token.">
		<failure message="2 of 2 checks failed" type="REQ-CAP-001"><time> GET /api/v1/clients/<faulty>/deployments → 200 (capabilities/first) taken, but the fault was noted
		  authorization: Bearer &#60;token&#62;
		<time> GET /api/v1/clients/<faulty>/deployments → 200 (capabilities/first) taken, but the fault was noted
		  authorization: Bearer &#60;token&#62;</failure>
		</testcase>
		<testcase classname="specification/device-capabilities/" name="REQ-CAP-003 MUST: The device management client MUST send the complete document in every capabilities report."/>
		<testcase classname="specification/device-capabilities/" name="REQ-CAP-004 MUST: The device management client MUST list every role the device takes in properties.roles, using only the values Standalone Cluster, Cluster Leader, Cluster Worker and Standalone Device.">
		<failure message="1 of 1 checks failed" type="REQ-CAP-004"><time> PUT /api/v1/clients/<faulty>/capabilities → 400 (capabilities/roles) The document does not match its schema: 3 fields of the DeviceCapabilities document are invalid.
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/device-capabilities/" name="REQ-CAP-005 MUST: The device management client MUST express properties.resources.memory and properties.resources.storage as strings made of a number and a unit, such as 64Gi.">
		<failure message="1 of 1 checks failed" type="REQ-CAP-005"><time> PUT /api/v1/clients/<faulty>/capabilities → 400 (capabilities/units) The document does not match its schema: 3 fields of the DeviceCapabilities document are invalid.
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/device-capabilities/" name="REQ-CAP-006 MUST: The device management client MUST report each processor&#39;s architecture as one of amd64, arm64 or arm.">
		<failure message="1 of 1 checks failed" type="REQ-CAP-006"><time> PUT /api/v1/clients/<faulty>/capabilities → 400 (capabilities/architecture) The document does not match its schema: 3 fields of the DeviceCapabilities document are invalid.
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/device-capabilities/" name="REQ-CAP-002">
		<skipped message="Not checkable: The mock cannot know when the device’s hardware changed."/>
		</testcase>
		</testsuite>
		<testsuite name="Desired state" tests="7" failures="1" skipped="6" timestamp="<time>">
		<testcase classname="specification/desired-state/" name="REQ-DST-007 SHOULD: The device management client SHOULD send the last ETag it received in the If-None-Match header of each manifest request.">
		<failure message="1 of 1 checks failed" type="REQ-DST-007"><time> GET /api/v1/clients/<faulty>/deployments → 200 (manifest/if-none-match) taken, but the fault was noted
		  authorization: Bearer &#60;token&#62;</failure>
		</testcase>
		<testcase classname="specification/desired-state/" name="REQ-DST-006">
		<skipped message="Not checkable: The configured polling interval is not known to the mock."/>
		</testcase>
		<testcase classname="specification/desired-state/" name="REQ-DST-008">
		<skipped message="Not checkable: Rejecting a manifest happens inside the client; the mock only ever serves increasing versions."/>
		</testcase>
		<testcase classname="specification/desired-state/" name="REQ-DST-009">
		<skipped message="Not checkable: Removing a workload happens on the device; only a status report would show it, which REQ-STS-001 covers."/>
		</testcase>
		<testcase classname="specification/desired-state/" name="REQ-DST-013">
		<skipped message="Not checkable: Verifying a downloaded document’s digest happens inside the client."/>
		</testcase>
		<testcase classname="specification/desired-state/" name="REQ-DST-014">
		<skipped message="Not checkable: A cache inside the client leaves no trace the mock can tell from not fetching."/>
		</testcase>
		<testcase classname="specification/desired-state/" name="REQ-DST-018">
		<skipped message="Not checkable: Applying parameters happens on the device."/>
		</testcase>
		</testsuite>
		<testsuite name="Deployment status" tests="9" failures="5" skipped="3" timestamp="<time>">
		<testcase classname="specification/deployment-status/" name="REQ-STS-001 MUST: The device management client MUST send a DeploymentStatus report to POST /clients/{clientId}/deployments/{deploymentId}/status every time the overall state of a deployment or the state of one of its components changes."/>
		<testcase classname="specification/deployment-status/" name="REQ-STS-002 MUST: The device management client MUST set deploymentId in a status report to the {deploymentId} of the request path.">
		<failure message="1 of 5 checks failed" type="REQ-STS-002"><time> POST /api/v1/clients/<faulty>/deployments/<faulty-deployment>/status → 400 (status/deployment-id) The document does not match its schema: 1 field of the DeploymentStatus document is invalid.
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/deployment-status/" name="REQ-STS-003 MUST: The device management client MUST list every component of the deployment profile in the components array of each status report.">
		<failure message="1 of 4 checks failed" type="REQ-STS-003"><time> POST /api/v1/clients/<faulty>/deployments/<faulty-deployment>/status → 400 (status/components) The document does not match its schema: 1 component name is not part of deployment <faulty-deployment>.
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/deployment-status/" name="REQ-STS-004 MUST: The device management client MUST use only the lower-case states pending, installing, installed, failed, removing and removed.">
		<failure message="1 of 7 checks failed" type="REQ-STS-004"><time> POST /api/v1/clients/<faulty>/deployments/<faulty-deployment>/status → 400 (status/states) The document does not match its schema: 1 field of the DeploymentStatus document is invalid.
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/deployment-status/" name="REQ-STS-005 MUST: The device management client MUST include an error with both code and message for the deployment and for each component whose state is failed.">
		<failure message="1 of 7 checks failed" type="REQ-STS-005"><time> POST /api/v1/clients/<faulty>/deployments/<faulty-deployment>/status → 400 (status/errors) The document does not match its schema: 3 fields of the DeploymentStatus document are invalid.
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/deployment-status/" name="REQ-STS-006 MUST NOT: The device management client MUST NOT report the overall state installed until every component is installed.">
		<failure message="1 of 1 checks failed" type="REQ-STS-006"><time> POST /api/v1/clients/<faulty>/deployments/<faulty-deployment>/status → 204 (status/installed) taken, but the fault was noted
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780315203;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/deployment-status/" name="REQ-STS-007 MUST NOT: The device management client MUST NOT report the overall state removed until every component is removed.">
		<skipped message="No request of the device was checked against it yet."/>
		</testcase>
		<testcase classname="specification/deployment-status/" name="REQ-STS-008 MUST: The device management client MUST report the overall state failed when any component of the deployment is failed.">
		<skipped message="No request of the device was checked against it yet."/>
		</testcase>
		<testcase classname="specification/deployment-status/" name="REQ-STS-009">
		<skipped message="Not checkable: The mock cannot tell when the client accepted a deployment, only when it reported it."/>
		</testcase>
		</testsuite>
		<testsuite name="Device requirements" tests="15" failures="1" skipped="14" timestamp="<time>">
		<testcase classname="specification/device-requirements/" name="REQ-DEV-006 SHOULD: A device SHOULD keep its clock synchronised with a reliable time source.">
		<failure message="1 of 11 checks failed" type="REQ-DEV-006"><time> PUT /api/v1/clients/<faulty>/capabilities → 401 (signing/clock) Signature too old or from the future: The signature was created 600 s ago; it must be created within 300 s of the server&#39;s clock.
		  content-type: application/json
		  content-digest: sha-256=:<digest>:
		  signature-input: sig1=(&#34;@method&#34; &#34;@target-uri&#34; &#34;content-digest&#34;);created=1780314603;keyid=&#34;<faulty>&#34;;alg=&#34;ecdsa-p256-sha256&#34;
		  signature: sig1=:<signature>:
		  authorization: Bearer &#60;token&#62;
		  body sha-256=:<digest>:</failure>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-001">
		<skipped message="Not checkable: Covered by the capabilities schema (REQ-CAP-004); it states what the device is, not what it sends."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-002">
		<skipped message="Not checkable: What runs on the device is not visible over the interface."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-003">
		<skipped message="Not checkable: What runs on the device is not visible over the interface."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-004">
		<skipped message="Not checkable: What runs on the device is not visible over the interface."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-005">
		<skipped message="Not checkable: What runs on the device is not visible over the interface."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-007">
		<skipped message="Not checkable: Talking to the mock at all is what this asks; there is nothing more to check."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-008">
		<skipped message="Not checkable: How the client was installed is not visible over the interface."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-009">
		<skipped message="Not checkable: How the client was installed is not visible over the interface."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-010">
		<skipped message="Not checkable: How the client runs is not visible over the interface."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-011">
		<skipped message="Not checkable: Checked through onboarding (REQ-ONB-004): a certificate is presented or onboarding fails."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-012">
		<skipped message="Not checkable: Where the key is stored is not visible over the interface."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-013">
		<skipped message="Not checkable: A setting of the client; the mock sees requests, not the client’s configuration."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-014">
		<skipped message="Not checkable: Installing happens on the device; the mock’s sample deployments match the reported roles."/>
		</testcase>
		<testcase classname="specification/device-requirements/" name="REQ-DEV-015">
		<skipped message="Not checkable: Verifying a Compose package happens on the device."/>
		</testcase>
		</testsuite>
		<testsuite name="Management interface" tests="6" failures="0" skipped="6" timestamp="<time>">
		<testcase classname="specification/management-interface/" name="REQ-MGI-001">
		<skipped message="Not checkable: A setting of the client; the mock sees requests, not the client’s configuration."/>
		</testcase>
		<testcase classname="specification/management-interface/" name="REQ-MGI-002">
		<skipped message="Not checkable: A setting of the client; the mock sees requests, not the client’s configuration."/>
		</testcase>
		<testcase classname="specification/management-interface/" name="REQ-MGI-003">
		<skipped message="Not checkable: A setting of the client; the mock sees requests, not the client’s configuration."/>
		</testcase>
		<testcase classname="specification/management-interface/" name="REQ-MGI-004">
		<skipped message="Not checkable: A setting of the client; errors it ignores leave no trace in its requests."/>
		</testcase>
		<testcase classname="specification/management-interface/" name="REQ-MGI-005">
		<skipped message="Not checkable: Every exchange with a mock is a request the client starts; the mock cannot send any other."/>
		</testcase>
		<testcase classname="specification/management-interface/" name="REQ-MGI-006">
		<skipped message="Not checkable: The mock serves plain HTTP on this machine, so it cannot tell whether the client insists on HTTPS."/>
		</testcase>
		</testsuite>
		</testsuites>
		"
	`);
	expect((await fetch(`${server.control}/conformance/reset`, { method: 'POST' })).status).toBe(204);
	const after = (await (await fetch(`${server.control}/conformance`)).json()) as ConformanceReport;
	expect(after.requirements.filter((requirement) => requirement.state !== 'unchecked')).toEqual([]);
});

test('keeps markup sent in a request as text in the JSON report and the JUnit XML', async () => {
	// A raw request target with markup in the path (node:http sends it as written) and in a header the mock echoes.
	const target = '/api/v1/clients/<script>alert(1)<%2Fscript>/capabilities';
	const { port } = new URL(server.api);
	const status = await new Promise<number>((resolve, reject) => {
		const request = httpRequest({
			host: '127.0.0.1',
			port,
			path: target,
			method: 'PUT',
			headers: { 'content-type': 'text/<script>alert(2)</script>' },
		});
		request.on('response', (response) => (response.resume(), resolve(response.statusCode ?? 0)));
		request.on('error', reject);
		request.end('{}');
	});
	expect(status).toBe(415);
	const client = encodeURIComponent('<script>alert(1)</script>');

	const json = await fetch(`${server.control}/conformance?client=${client}`);
	expect(json.headers.get('x-content-type-options')).toBe('nosniff');
	const text = await json.text();
	expect(text).not.toMatch(/[<>]/);
	const report = JSON.parse(text) as ConformanceReport;
	expect(report.client).toBe('<script>alert(1)</script>');
	const [failure] = report.requirements.find((requirement) => requirement.id === 'REQ-CAP-003')!.failures;
	expect(failure).toMatchObject({
		path: '/api/v1/clients/%3Cscript%3Ealert(1)%3C%2Fscript%3E/capabilities',
		headers: { 'content-type': 'text/<script>alert(2)</script>' },
		problem: { detail: 'The content type text/<script>alert(2)</script> is not accepted; send application/json.' },
	});

	const xml = await (await fetch(`${server.control}/conformance?format=junit&client=${client}`)).text();
	expect(xml).not.toMatch(/<script|alert\(\d\)<\//);
	expect(xml).toContain('<testsuites name="Margo device conformance of client &#60;script&#62;alert(1)&#60;/script&#62;"');
	expect(xml).toContain(
		'→ 415 (capabilities/complete) Unsupported media type: The content type text/&#60;script&#62;alert(2)&#60;/script&#62; is not accepted; send application/json.',
	);
	expect(xml).toContain('  content-type: text/&#60;script&#62;alert(2)&#60;/script&#62;');
});

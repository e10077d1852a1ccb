import { randomToken, toHex, utf8 } from '#shared/bytes.ts';
import { jsonResponse, jsonText } from './json-response.ts';
import type { CryptoProvider } from '../signing/crypto-provider.ts';
import { problemResponse } from './problem-details.ts';
import type { MockRequest } from './request-guards.ts';
import { componentNames, isSampleApplication } from './sample-applications.ts';
import type { CheckId } from './conformance/checks.ts';
import { overallStateObservations } from './conformance/overall-state.ts';
import {
	addClient,
	findClientByFingerprint,
	pruneTokens,
	type ClientRecord,
	type DeploymentRecord,
	type MockState,
	type StatusReport,
} from './state.ts';

/**
 * What each operation of the API document does once its request passed every check of
 * `request-guards.ts`: the orchestrator side of the management interface. Keyed by operationId.
 */

export interface OperationContext {
	request: MockRequest;
	params: Record<string, string>;
	/** The validated body, if the operation has one. */
	value: unknown;
	state: MockState;
	/** The client authenticated by token or signature, if the operation requires one. */
	client: ClientRecord | undefined;
	/** The verified signature of a signed request: its `created` time (seconds) and `Signature` field. */
	signature?: { created: number; value: string };
	now: number;
	instance: string;
	/** Absolute URL of the API base, e.g. `http://localhost:4010/api/v1`. */
	apiUrl: string;
	tokenLifetime: number;
	/** Digests and certificates (WebCrypto in the browser, Node's own crypto behind `npm run mock`). */
	crypto: CryptoProvider;
	/** Notes a check made on the request, for the conformance report. */
	observe(check: CheckId, passed: boolean): void;
	/** Notes the client the request is from (onboarding learns it last). */
	attribute(clientId: string): void;
}

type Implementation = (context: OperationContext) => Promise<Response> | Response;

const json = jsonResponse;

export const IMPLEMENTATIONS: Record<string, Implementation> = {
	getRootCaCertificate: ({ state }) => json({ certificate: state.rootCa }),

	async onboardDevice({ value, state, now, instance, apiUrl, crypto: provider, observe, attribute }) {
		const { certificate } = value as { certificate: string };
		const result = await provider.readCertificate(certificate, new Date(now));
		observe('onboarding/certificate', result.ok || result.reason === 'validity');
		if (!result.ok) {
			if (result.reason === 'validity') observe('onboarding/own-certificate', false);
			if (result.reason === 'validity') return problemResponse('device-not-accepted', { instance, detail: result.detail });
			return problemResponse('invalid-certificate', {
				instance,
				detail: result.detail,
				errors: [{ pointer: '/certificate', detail: result.detail }],
			});
		}
		// Both are the DER bytes in standard base64: equal text is the same certificate.
		const isRootCa = result.certificate.der === state.rootCa;
		observe('onboarding/own-certificate', !isRootCa);
		if (isRootCa) {
			return problemResponse('device-not-accepted', {
				instance,
				detail:
					"This is the web service's own root CA certificate (from GET /onboarding/certificate), not a device's; send the certificate of the device's own key pair.",
			});
		}
		const existing = findClientByFingerprint(state, result.certificate.fingerprint);
		observe('onboarding/once', !existing);
		if (existing) {
			attribute(existing.clientId);
			return problemResponse('device-not-accepted', {
				instance,
				detail: `This certificate is already onboarded as client ${existing.clientId}; a device onboards once (reset the mock or use a new key pair to start over).`,
			});
		}
		const clientId = crypto.randomUUID();
		attribute(clientId);
		const clientSecret = randomToken(24);
		addClient(state, {
			clientId,
			clientSecret,
			certificate: result.certificate,
			onboardedAt: new Date(now).toISOString(),
			revoked: false,
			manifestVersion: 1,
			deployments: [],
		});
		return json(
			{ clientId, clientSecret, tokenUrl: `${apiUrl}/token` },
			{ status: 201, headers: { location: `${new URL(apiUrl).pathname}/clients/${clientId}` } },
		);
	},

	requestAccessToken({ value, state, client, now, instance, tokenLifetime, observe }) {
		const form = value as { client_id: string; client_secret: string };
		const target = state.clients[form.client_id];
		observe('token/credentials', target !== undefined && target.clientSecret === form.client_secret);
		observe('signing/parameters', client?.clientId === form.client_id);
		const invalid = (detail: string) => problemResponse('invalid-client', { instance, detail, extensions: { error: 'invalid_client' } });
		if (!target) return invalid(`No client ${form.client_id} is onboarded.`);
		if (target.clientSecret !== form.client_secret) return invalid(`The client secret does not match client ${form.client_id}.`);
		if (client?.clientId !== form.client_id) {
			return problemResponse('invalid-signature', {
				instance,
				detail: `The request is signed by client ${client?.clientId} (keyid) but asks for a token for client ${form.client_id}; sign with the key of the client named in client_id.`,
				extensions: { check: 'signature/keyid' },
			});
		}
		pruneTokens(state, now);
		const token = randomToken();
		state.tokens[token] = { clientId: target.clientId, expiresAt: now + tokenLifetime * 1000 };
		return json({ access_token: token, token_type: 'Bearer', expires_in: tokenLifetime }, { headers: { 'cache-control': 'no-store' } });
	},

	putDeviceCapabilities({ value, client, now, instance }) {
		const created = client!.capabilities === undefined;
		client!.capabilities = { document: value, updatedAt: new Date(now).toISOString() };
		return created ? new Response(null, { status: 201, headers: { location: instance } }) : new Response(null, { status: 200 });
	},

	async getDesiredStateManifest({ request, client, apiUrl, crypto: provider, observe }) {
		observe('capabilities/first', client!.capabilities !== undefined);
		if (client!.manifestServed) observe('manifest/if-none-match', request.headers.has('if-none-match'));
		else client!.manifestServed = true;
		const base = `${apiUrl}/clients/${client!.clientId}/deployments`;
		const manifest = {
			manifestVersion: client!.manifestVersion,
			deployments: client!.deployments
				.filter((deployment) => !deployment.removedAt)
				.map(({ deploymentId, digest }) => ({ deploymentId, digest, url: `${base}/${deploymentId}/${digest}` })),
		};
		const body = jsonText(manifest);
		const etag = `"sha256:${toHex(await provider.digest('SHA-256', utf8(body)))}"`;
		if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: { etag } });
		return new Response(body, { headers: { 'content-type': 'application/json', etag, 'cache-control': 'no-cache' } });
	},

	getApplicationDeployment({ params, client, instance }) {
		const deployment = client!.deployments.find((entry) => entry.deploymentId === params['deploymentId'] && !entry.removedAt);
		const notServed = { requirement: 'REQ-DST-011' };
		if (!deployment)
			return problemResponse('deployment-not-found', {
				instance,
				detail: `Client ${client!.clientId} has no deployment ${params['deploymentId']}.`,
				extensions: notServed,
			});
		if (deployment.digest !== params['digest']) {
			return problemResponse('deployment-not-found', {
				instance,
				detail: `Deployment ${deployment.deploymentId} has no version with digest ${params['digest']}; fetch the manifest for the current digest.`,
				extensions: notServed,
			});
		}
		return new Response(deployment.yaml, {
			headers: {
				'content-type': 'application/yaml',
				etag: `"${deployment.digest}"`,
				'cache-control': 'private, max-age=31536000, immutable',
			},
		});
	},

	postDeploymentStatus({ value, params, client, signature, now, instance, observe }) {
		const report = value as StatusReport['report'] & { deploymentId: string };
		const components = report.components as { name: string; state: string }[];
		observe('status/deployment-id', report.deploymentId === params['deploymentId']);
		if (report.deploymentId !== params['deploymentId']) {
			return problemResponse('invalid-document', {
				instance,
				detail: '1 field of the DeploymentStatus document is invalid.',
				errors: [{ pointer: '/deploymentId', detail: `Must equal the deploymentId in the path, ${params['deploymentId']}.` }],
				extensions: { requirement: 'REQ-STS-002' },
			});
		}
		const deployment = client!.deployments.find((entry) => entry.deploymentId === params['deploymentId']);
		if (!deployment) {
			observe('status/document', false);
			return problemResponse('deployment-not-found', {
				instance,
				detail: `Client ${client!.clientId} has no deployment ${params['deploymentId']}.`,
				extensions: { requirement: 'REQ-STS-011' },
			});
		}
		const known = isSampleApplication(deployment.applicationId) ? componentNames(deployment.applicationId) : [];
		const unknown = components.flatMap((component, index) => (known.includes(component.name) ? [] : [{ index, name: component.name }]));
		observe('status/components', unknown.length === 0);
		if (unknown.length > 0) {
			return problemResponse('invalid-document', {
				instance,
				detail: `${unknown.length} component name${unknown.length === 1 ? ' is' : 's are'} not part of deployment ${deployment.deploymentId}.`,
				errors: unknown.map(({ index }) => ({
					pointer: `/components/${index}/name`,
					detail: `Must be a component of the deployment: ${known.join(', ')}.`,
				})),
				extensions: { requirement: 'REQ-STS-003' },
			});
		}
		const replayed = signature && replayOf(deployment, signature);
		if (signature) observe('signing/not-replayed', !replayed);
		if (replayed) return problemResponse('replayed-signature', { instance, detail: replayed, extensions: { check: 'signature/replay' } });
		if (signature) deployment.lastSigned = nextSigned(deployment.lastSigned, signature);
		for (const { check, passed } of overallStateObservations(report.status.state, components)) observe(check, passed);
		deployment.statusHistory.push({ receivedAt: new Date(now).toISOString(), report });
		return new Response(null, { status: 204 });
	},
};

/** RFC 9110 §13.1.2: If-None-Match compares entity tags weakly; `*` matches any. */
function matchesEtag(header: string | null, etag: string): boolean {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Why a signed status report is a replay, if it is one: a signature within the freshness window
 * verifies again when captured and sent anew, and would set the deployment's state back.
 */
function replayOf(deployment: DeploymentRecord, signature: { created: number; value: string }): string | undefined {
	const last = deployment.lastSigned;
	if (!last) return undefined;
	if (signature.created < last.created) {
		return `The signature was created at ${signature.created}, before the last status report taken for this deployment (created at ${last.created}); sign each report when it is sent.`;
	}
	if (signature.created === last.created && last.signatures.includes(signature.value)) {
		return 'This signature was already used for a status report of this deployment; a report sent again must be signed again.';
	}
	return undefined;
}

function nextSigned(
	last: DeploymentRecord['lastSigned'],
	signature: { created: number; value: string },
): NonNullable<DeploymentRecord['lastSigned']> {
	if (last && last.created === signature.created) return { created: last.created, signatures: [...last.signatures, signature.value] };
	return { created: signature.created, signatures: [signature.value] };
}

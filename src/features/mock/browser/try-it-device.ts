import { componentNames, isSampleApplication } from '../core/sample-applications.ts';
import type { MockState } from '../core/state.ts';
import { signedRequest } from '../signing/device-signing.ts';
import { createDevice, loadDevice, saveDevice, signingKey, type PlaygroundDevice } from './device.ts';
import type { BrowserMock } from './runtime.ts';

/**
 * Brings the browser's device identity as far as a "Try it" operation needs, from a fresh
 * browser: a key pair and certificate for onboarding, a clientId and secret for the token
 * endpoint, a valid token for the client's own endpoints, a deployment assigned by the mock's
 * orchestrator for the deployment endpoints. Each missing step is done in place, through the
 * mock, and reported in a note, so the reader sees what happened and the form can show the
 * values that will be sent.
 */

/** How far the device must be, in lifecycle order. */
const DEVICE_NEEDS = ['none', 'identity', 'client', 'token', 'deployment'] as const;
export type DeviceNeed = (typeof DEVICE_NEEDS)[number];

interface TryItDeployment {
	deploymentId: string;
	digest: string;
	/** Component names, in install order (status reports must name these). */
	components: string[];
}

export interface TryItDevice {
	device?: PlaygroundDevice;
	deployment?: TryItDeployment;
	/** What was done in place, in order, as sentences for the reader. */
	notes: string[];
}

/** A token this close to its expiry is renewed before it is shown. */
const TOKEN_MARGIN_MS = 30_000;

export async function prepareTryItDevice(need: DeviceNeed, mock: BrowserMock, now = Date.now()): Promise<TryItDevice> {
	const rank = DEVICE_NEEDS.indexOf(need);
	const notes: string[] = [];
	let device = await loadDevice();
	if (rank < DEVICE_NEEDS.indexOf('identity')) return device ? { device, notes } : { notes };
	// The mock's state is the record of what the device did, whether through "Try it", the
	// playground or the steps below: read the client, its secret and its tokens from there.
	const state = await mock.repository.read();
	const clients = Object.values(state.clients).filter((entry) => device && entry.certificate.der === device.certificate);
	if (clients.some((entry) => entry.revoked)) {
		notes.push("The mock revoked the certificate of this browser's device, so it makes a new one.");
		device = undefined;
	}
	if (!device) {
		const commonName = `try-it-device-${crypto.randomUUID().slice(0, 8)}`;
		device = await createDevice(commonName);
		notes.push(
			`Created a device identity in this browser: an ECDSA P-256 key pair and a self-signed certificate (CN=${commonName}). The playground uses the same device.`,
		);
	}
	const client = clients.find((entry) => entry.certificate.der === device?.certificate && !entry.revoked);
	if (device.clientId && device.clientId !== client?.clientId) {
		notes.push(`The mock no longer knows client ${device.clientId} (it was reset), so the device onboards again.`);
	}
	device = client ? { ...device, clientId: client.clientId, clientSecret: client.clientSecret } : forgetClient(device);
	if (need === 'identity' && device.clientId) {
		notes.push(
			`This device is already onboarded as client ${device.clientId}: sending its certificate again answers 403, as a device onboards once. "Reset mock and device" on the playground starts over.`,
		);
	}
	if (rank >= DEVICE_NEEDS.indexOf('client') && !device.clientId) {
		device = await onboard(device, mock);
		notes.push(`Onboarded it (POST /onboarding answered 201): clientId ${device.clientId}.`);
	}
	const tokens = Object.entries(state.tokens).filter(
		([, entry]) => entry.clientId === device?.clientId && entry.expiresAt > now + TOKEN_MARGIN_MS,
	);
	const [token, record] = tokens.find(([value]) => value === device?.token) ?? tokens.at(-1) ?? [];
	if (token && record) device = { ...device, token, tokenExpiresAt: record.expiresAt };
	else if (rank >= DEVICE_NEEDS.indexOf('token')) {
		device = await requestToken(device, mock);
		notes.push('Requested an access token for it (POST /token answered 200).');
	}
	let deployment: TryItDeployment | undefined;
	if (rank >= DEVICE_NEEDS.indexOf('deployment')) {
		deployment = currentDeployment(await mock.repository.read(), device);
		if (!deployment) {
			deployment = await assignDeployment(device, mock);
			notes.push(`The mock's orchestrator assigned deployment ${deployment.deploymentId} to it.`);
		}
		device = { ...device, deploymentId: deployment.deploymentId, digest: deployment.digest };
	}
	await saveDevice(device);
	return deployment ? { device, deployment, notes } : { device, notes };
}

/** The device's identity alone: what onboarding, the token endpoint and the manifest gave it goes. */
function forgetClient({ privateKey, certificatePem, certificate, steps }: PlaygroundDevice): PlaygroundDevice {
	return { privateKey, certificatePem, certificate, steps };
}

/** The device's deployment the manifest lists: the one it knows if still assigned, else the latest. */
function currentDeployment(state: MockState, device: PlaygroundDevice): TryItDeployment | undefined {
	const assigned = (state.clients[device.clientId ?? '']?.deployments ?? []).filter((entry) => !entry.removedAt);
	const chosen = assigned.find((entry) => entry.deploymentId === device.deploymentId) ?? assigned.at(-1);
	if (!chosen) return undefined;
	const components = isSampleApplication(chosen.applicationId) ? componentNames(chosen.applicationId) : [];
	return { deploymentId: chosen.deploymentId, digest: chosen.digest, components };
}

async function send(request: Request, expected: number, what: string): Promise<Response> {
	const response = await fetch(request);
	if (response.status !== expected) {
		const detail = ((await response.json().catch(() => ({}))) as { detail?: string }).detail ?? '';
		throw new Error(`${what} answered ${response.status} instead of ${expected}. ${detail}`.trim());
	}
	return response;
}

async function onboard(device: PlaygroundDevice, mock: BrowserMock): Promise<PlaygroundDevice> {
	const body = JSON.stringify({ apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate: device.certificate });
	const request = new Request(`${mock.apiUrl}/onboarding`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
	const answer = (await (await send(request, 201, 'Onboarding the device')).json()) as { clientId: string; clientSecret: string };
	return { ...forgetClient(device), clientId: answer.clientId, clientSecret: answer.clientSecret };
}

async function requestToken(device: PlaygroundDevice, mock: BrowserMock): Promise<PlaygroundDevice> {
	const form = { grant_type: 'client_credentials', client_id: device.clientId ?? '', client_secret: device.clientSecret ?? '' };
	const unsigned = new Request(`${mock.apiUrl}/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(form).toString(),
	});
	const { request } = await signedRequest(unsigned, await signingKey(device), device.clientId ?? '');
	const answer = (await (await send(request, 200, 'Requesting an access token')).json()) as { access_token: string; expires_in: number };
	return { ...device, token: answer.access_token, tokenExpiresAt: Date.now() + answer.expires_in * 1000 };
}

async function assignDeployment(device: PlaygroundDevice, mock: BrowserMock): Promise<TryItDeployment> {
	const request = new Request(`${mock.controlUrl}/clients/${device.clientId}/deployments`, { method: 'POST' });
	const answer = (await (await send(request, 201, 'Assigning a deployment')).json()) as {
		deploymentId: string;
		applicationId: string;
		digest: string;
	};
	const components = isSampleApplication(answer.applicationId) ? componentNames(answer.applicationId) : [];
	return { deploymentId: answer.deploymentId, digest: answer.digest, components };
}

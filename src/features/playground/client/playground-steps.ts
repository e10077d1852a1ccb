import { sha256, toHex, utf8 } from '#shared/bytes.ts';
import { createDevice, type PlaygroundDevice, type BrowserMock } from '#features/mock/browser.ts';
import { sendStepRequest, type StepResponse } from './playground-requests.ts';

/** What running a step produced. */
export interface StepOutcome {
	ok: boolean;
	summary: string;
	results: StepResponse[];
	/** Text to show besides the exchanges (the certificate, the deployment YAML). */
	note?: { label: string; text: string };
}

export interface StepContext {
	mock: BrowserMock;
	/** The device before the step; a step changes it in place (the identity step replaces it). */
	device: PlaygroundDevice | undefined;
	/** The application the orchestrator assigns. */
	application?: string;
}

type StepRun = (context: StepContext & { device: PlaygroundDevice }) => Promise<StepOutcome>;

const expect = (result: StepResponse, ...statuses: number[]) => statuses.includes(result.response.status);
const status = (result: StepResponse) => `${result.response.status} ${result.exchange.response.statusText}`;
const clientPath = (context: StepContext & { device: PlaygroundDevice }) => `${context.mock.apiUrl}/clients/${context.device.clientId}`;

/** The capabilities the playground's device reports: a small Kubernetes gateway. */
const capabilities = (clientId: string) => ({
	apiVersion: 'margo.org/v1alpha1',
	kind: 'DeviceCapabilities',
	properties: {
		id: clientId,
		vendor: 'Playground Devices',
		modelNumber: 'PG-100',
		serialNumber: `PG100-${clientId.slice(0, 8)}`,
		roles: ['Standalone Cluster'],
		resources: { cpus: [{ architecture: 'arm64', cores: 4, frequency: 1.8 }], memory: '8Gi', storage: '128Gi' },
		interfaces: [{ name: 'eth0', type: 'ethernet' }],
	},
});

/** Component names of the fetched deployment, so status reports name the real components. */
async function components(device: PlaygroundDevice): Promise<string[]> {
	// The YAML parser loads when a status step runs, not with the page.
	const document = device.deploymentYaml
		? ((await import('yaml')).parse(device.deploymentYaml) as { spec?: { deploymentProfile?: { components?: { name: string }[] } } })
		: undefined;
	return document?.spec?.deploymentProfile?.components?.map((component) => component.name) ?? [];
}

function statusStep(state: 'installing' | 'installed'): StepRun {
	return async (context) => {
		const names = await components(context.device);
		const report = {
			apiVersion: 'margo.org/v1alpha1',
			kind: 'DeploymentStatus',
			deploymentId: context.device.deploymentId,
			status: { state },
			components: names.map((name, index) => ({
				name,
				state: state === 'installed' ? 'installed' : index === 0 ? 'installing' : 'pending',
			})),
		};
		const result = await sendStepRequest(context.device, {
			method: 'POST',
			url: `${clientPath(context)}/deployments/${context.device.deploymentId}/status`,
			json: report,
			sign: true,
			auth: true,
		});
		return { ok: expect(result, 204), summary: `${status(result)}: reported ${state}`, results: [result] };
	};
}

export const STEP_RUNS: Record<string, (context: StepContext) => Promise<StepOutcome>> = {
	async identity(context) {
		context.device = await createDevice(`playground-device-${crypto.randomUUID().slice(0, 8)}`);
		return {
			ok: true,
			summary: 'Created an ECDSA P-256 key pair and a self-signed certificate',
			results: [],
			note: { label: 'Device certificate (PEM)', text: context.device.certificatePem },
		};
	},
	...withDevice({
		async 'root-ca'({ mock, device }) {
			const result = await sendStepRequest(device, { method: 'GET', url: `${mock.apiUrl}/onboarding/certificate` });
			return { ok: expect(result, 200), summary: status(result), results: [result] };
		},
		async onboard({ mock, device }) {
			const result = await sendStepRequest(device, {
				method: 'POST',
				url: `${mock.apiUrl}/onboarding`,
				json: { apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate: device.certificate },
			});
			if (!expect(result, 201)) return { ok: false, summary: status(result), results: [result] };
			const body = (await result.response.json()) as { clientId: string; clientSecret: string };
			Object.assign(device, { clientId: body.clientId, clientSecret: body.clientSecret });
			return { ok: true, summary: `${status(result)}: clientId ${body.clientId}`, results: [result] };
		},
		async token({ mock, device }) {
			const result = await sendStepRequest(device, {
				method: 'POST',
				url: `${mock.apiUrl}/token`,
				form: { grant_type: 'client_credentials', client_id: device.clientId ?? '', client_secret: device.clientSecret ?? '' },
				sign: true,
			});
			if (!expect(result, 200)) return { ok: false, summary: status(result), results: [result] };
			const body = (await result.response.json()) as { access_token: string; expires_in: number };
			Object.assign(device, { token: body.access_token, tokenExpiresAt: Date.now() + body.expires_in * 1000 });
			return { ok: true, summary: `${status(result)}: a bearer token valid for ${body.expires_in} s`, results: [result] };
		},
		async capabilities(context) {
			const result = await sendStepRequest(context.device, {
				method: 'PUT',
				url: `${clientPath(context)}/capabilities`,
				json: capabilities(context.device.clientId ?? ''),
				sign: true,
				auth: true,
			});
			return { ok: expect(result, 200, 201), summary: status(result), results: [result] };
		},
		async assign(context) {
			const result = await sendStepRequest(context.device, {
				method: 'POST',
				url: `${context.mock.controlUrl}/clients/${context.device.clientId}/deployments`,
				...(context.application ? { json: { applicationId: context.application } } : {}),
			});
			if (!expect(result, 201)) return { ok: false, summary: status(result), results: [result] };
			const body = (await result.response.json()) as { applicationId: string; manifestVersion: number };
			return {
				ok: true,
				summary: `${status(result)}: ${body.applicationId} assigned, manifest version ${body.manifestVersion}`,
				results: [result],
			};
		},
		async manifest(context) {
			const url = `${clientPath(context)}/deployments`;
			const first = await sendStepRequest(context.device, { method: 'GET', url, auth: true });
			if (!expect(first, 200)) return { ok: false, summary: status(first), results: [first] };
			const manifest = (await first.response.json()) as {
				manifestVersion: number;
				deployments: { deploymentId: string; digest: string; url: string }[];
			};
			const etag = first.response.headers.get('etag') ?? '';
			const second = await sendStepRequest(context.device, { method: 'GET', url, auth: true, headers: { 'if-none-match': etag } });
			const [latest] = manifest.deployments.slice(-1);
			Object.assign(context.device, {
				manifestEtag: etag,
				deploymentId: latest?.deploymentId,
				digest: latest?.digest,
				deploymentUrl: latest?.url,
			});
			const ok = expect(second, 304);
			return {
				ok,
				summary: `${status(first)} (version ${manifest.manifestVersion}, ${manifest.deployments.length} deployment${manifest.deployments.length === 1 ? '' : 's'}), then ${status(second)}`,
				results: [first, second],
			};
		},
		async deployment({ device }) {
			if (!device.deploymentUrl)
				return { ok: false, summary: 'The last manifest listed no deployment: assign one and poll the manifest again.', results: [] };
			const result = await sendStepRequest(device, { method: 'GET', url: device.deploymentUrl ?? '', auth: true });
			if (!expect(result, 200)) return { ok: false, summary: status(result), results: [result] };
			const yaml = result.exchange.response.body;
			const verified = `sha256:${toHex(await sha256(utf8(yaml)))}` === device.digest;
			device.deploymentYaml = yaml;
			return { ok: verified, summary: `${status(result)}: digest ${verified ? 'verified' : 'does NOT match'}`, results: [result] };
		},
		installing: statusStep('installing'),
		installed: statusStep('installed'),
	}),
};

/** Steps after the first need a device identity. */
function withDevice(runs: Record<string, StepRun>): Record<string, (context: StepContext) => Promise<StepOutcome>> {
	return Object.fromEntries(
		Object.entries(runs).map(([id, run]) => [
			id,
			(context: StepContext) =>
				context.device
					? run(context as StepContext & { device: PlaygroundDevice })
					: Promise.resolve({ ok: false, summary: 'Create the device identity first.', results: [] }),
		]),
	);
}

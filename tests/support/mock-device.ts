import { utf8 } from '../../src/shared/bytes.ts';
import { createSelfSignedCertificate, generateKeyPair, pemToBase64Der } from '../../src/features/mock/signing/x509-certificates.ts';
import { signBody } from '../../src/features/mock/signing/device-signing.ts';

export interface SendOptions {
	json?: unknown;
	form?: Record<string, string>;
	/** Raw body text (sent as is, with `contentType`). */
	text?: string;
	contentType?: string;
	/** Sign the body (default: when the device has a clientId and there is a body). */
	sign?: boolean;
	/** Bearer token; default the device's own. `null` sends none. */
	token?: string | null;
	headers?: Record<string, string>;
	/** Seconds since the epoch for the signature's `created`. */
	created?: number;
	/** Changes the body after signing, as a man in the middle would. */
	tamper?: (body: string) => string;
}

/**
 * A device for tests: its own key pair and self-signed certificate, and what onboarding and the
 * token endpoint gave it. `send` builds requests the way a device client would.
 */
export class TestDevice {
	clientId = '';
	clientSecret = '';
	token = '';
	private constructor(
		readonly apiUrl: string,
		readonly keys: CryptoKeyPair,
		readonly certificate: string,
		private readonly clock: () => number,
	) {}

	static async create(apiUrl: string, clock: () => number, commonName = 'test-device'): Promise<TestDevice> {
		const keys = await generateKeyPair();
		const pem = await createSelfSignedCertificate({ commonName, keys, now: new Date(clock() - 60_000) });
		return new TestDevice(apiUrl, keys, pemToBase64Der(pem), clock);
	}

	async send(method: string, path: string, options: SendOptions = {}): Promise<Response> {
		const url = this.apiUrl + path;
		const headers = new Headers(options.headers);
		let body = '';
		if (options.json !== undefined) {
			body = JSON.stringify(options.json);
			headers.set('content-type', options.contentType ?? 'application/json');
		} else if (options.form) {
			body = new URLSearchParams(options.form).toString();
			headers.set('content-type', options.contentType ?? 'application/x-www-form-urlencoded');
		} else if (options.text !== undefined) {
			body = options.text;
			if (options.contentType) headers.set('content-type', options.contentType);
		}
		if (options.sign ?? (this.clientId !== '' && body !== '')) {
			const signed = await signBody({
				method,
				url,
				body: utf8(body),
				privateKey: this.keys.privateKey,
				clientId: this.clientId,
				created: options.created ?? Math.floor(this.clock() / 1000),
			});
			for (const [name, value] of Object.entries(signed.headers)) if (!headers.has(name)) headers.set(name, value);
		}
		const token = options.token === undefined ? this.token : options.token;
		if (token) headers.set('authorization', `Bearer ${token}`);
		if (options.tamper) body = options.tamper(body);
		return fetch(url, { method, headers, ...(body !== '' ? { body } : {}) });
	}

	async onboard(): Promise<Response> {
		const response = await this.send('POST', '/onboarding', {
			json: { apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate: this.certificate },
		});
		if (response.status === 201) Object.assign(this, (await response.clone().json()) as { clientId: string; clientSecret: string });
		return response;
	}

	async fetchToken(): Promise<Response> {
		const response = await this.send('POST', '/token', {
			form: { grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret },
		});
		if (response.status === 200) this.token = ((await response.clone().json()) as { access_token: string }).access_token;
		return response;
	}
}

export const capabilities = (id: string) => ({
	apiVersion: 'margo.org/v1alpha1',
	kind: 'DeviceCapabilities',
	properties: {
		id,
		vendor: 'Example Devices',
		modelNumber: 'EG-4200',
		serialNumber: 'EG4200-25-000142',
		roles: ['Standalone Cluster'],
		resources: { cpus: [{ architecture: 'amd64', cores: 8, frequency: 2.4 }], memory: '64Gi', storage: '512Gi' },
	},
});

export const statusReport = (
	deploymentId: string,
	state: string,
	components: Record<string, string>,
	extra: Record<string, unknown> = {},
) => ({
	apiVersion: 'margo.org/v1alpha1',
	kind: 'DeploymentStatus',
	deploymentId,
	status: { state, ...extra },
	components: Object.entries(components).map(([name, componentState]) => ({ name, state: componentState })),
});

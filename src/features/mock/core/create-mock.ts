import type { HttpHandler } from 'msw';
import { createControlHandlers } from './control-handlers.ts';
import type { Exchange } from './exchange.ts';
import { createApiHandlers } from './handlers.ts';
import { compileOperations, type OperationSpec } from './request-validation.ts';
import { createStateRepository, type StateRepository } from './state-repository.ts';
import { STATE_SCHEMA_VERSION, type MockState } from './state.ts';
import type { KeyValueStore } from './storage.ts';
import { createVerifyKeys } from './verify-keys.ts';
import { normalizeBase } from '#shared/base.ts';

export interface MockOptions {
	/** The operations of the API document (`node/api-operations.ts` computes them). */
	specs: readonly OperationSpec[];
	/** Where the state is saved (IndexedDB in a browser); without one it lives in memory only. */
	store?: KeyValueStore;
	/** `location.origin` in a browser; `*` (the default) answers any origin. */
	origin?: string;
	/** The site's base path with a trailing slash (`import.meta.env.BASE_URL`); default `/`. */
	base?: string;
	now?: () => number;
	tokenLifetime?: number;
	signatureMaxAge?: number;
	maxBodyBytes?: number;
	onExchange?: (exchange: Exchange) => void;
}

export interface Mock {
	handlers: HttpHandler[];
	repository: StateRepository;
	/** `<base>api/v1`: where the management interface lives. */
	apiPath: string;
	/** `<base>api/mock`: the orchestrator controls. */
	controlPath: string;
}

export const DEFAULTS = { tokenLifetime: 3600, signatureMaxAge: 300, maxBodyBytes: 64 * 1024 } as const;

/** Where the mock lives under a site's base path (with its trailing slash). */
export function mockPaths(base: string): Pick<Mock, 'apiPath' | 'controlPath'> {
	return { apiPath: `${base}api/v1`, controlPath: `${base}api/mock` };
}

/**
 * The whole mock: its state over `store` and the msw handlers of the API and the orchestrator
 * controls. The service worker (`worker/worker-mock.ts`) and Node (`node/server.ts`) differ only in
 * the store, the origin and what turns an incoming request into a `Request`.
 */
export function createMock(options: MockOptions): Mock {
	const now = options.now ?? Date.now;
	const base = normalizeBase(options.base ?? '/');
	const { apiPath, controlPath } = mockPaths(base);
	const repository = createStateRepository(options.store, () => createInitialState(new Date(now())));
	const handlerOptions = {
		operations: compileOperations(options.specs),
		repository,
		origin: options.origin ?? '*',
		apiPath,
		now,
		tokenLifetime: options.tokenLifetime ?? DEFAULTS.tokenLifetime,
		signatureMaxAge: options.signatureMaxAge ?? DEFAULTS.signatureMaxAge,
		maxBodyBytes: options.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
		verifyKeys: createVerifyKeys(),
		...(options.onExchange ? { onExchange: options.onExchange } : {}),
	};
	return {
		handlers: [...createControlHandlers({ ...handlerOptions, controlPath }), ...createApiHandlers(handlerOptions)],
		repository,
		apiPath,
		controlPath,
	};
}

/** A fresh state: a new root CA and nobody onboarded. */
export async function createInitialState(now: Date): Promise<MockState> {
	// The X.509 library loads when a certificate is first made, not with the page.
	const { createSelfSignedCertificate, generateKeyPair, pemToBase64Der } = await import('../signing/x509-certificates.ts');
	const pem = await createSelfSignedCertificate({
		commonName: 'Margo mock WFM root CA',
		keys: await generateKeyPair(),
		now,
		days: 3650,
		ca: true,
	});
	return { schemaVersion: STATE_SCHEMA_VERSION, rootCa: pemToBase64Der(pem), clients: {}, tokens: {} };
}

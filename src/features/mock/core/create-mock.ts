import type { HttpHandler } from 'msw';
import { webCryptoProvider, type CryptoProvider } from '../signing/crypto-provider.ts';
import { createControlRoutes } from './control-handlers.ts';
import type { Exchange } from './exchange.ts';
import { createApiRoutes } from './handlers.ts';
import type { MockRequest } from './request-guards.ts';
import { compileOperations, type OperationSpec } from './request-validation.ts';
import { createRouteFinder, toMswHandlers, type MockRoute } from './routes.ts';
import { createStateRepository, type StateRepository } from './state-repository.ts';
import { STATE_SCHEMA_VERSION, type MockState } from './state.ts';
import type { KeyValueStore } from './storage.ts';
import { createVerifyKeys } from './verify-keys.ts';
import { normalizeBase } from '#shared/base.ts';
import { mockPaths } from './mock-paths.ts';
import { createConformanceLog, type ConformanceLog } from './conformance/conformance-log.ts';
import { buildReport, type CatalogueEntry, type ConformanceReport } from './conformance/report.ts';
import { createConformanceRoutes } from './conformance/routes.ts';

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
	/** Digests, signatures and certificates; WebCrypto (with @peculiar/x509) unless given. */
	crypto?: CryptoProvider;
	onExchange?: (exchange: Exchange) => void;
	/** The requirements of the specification, for the conformance report; none unless given. */
	catalogue?: () => Promise<readonly CatalogueEntry[]>;
}

export interface Mock {
	/** The routes as msw handlers, for a service worker or msw's `getResponse`. */
	handlers: HttpHandler[];
	/** The routes: the orchestrator controls, the operations, and a catch-all under each base. */
	routes: MockRoute[];
	/**
	 * Answers a request whose body is already read, without msw: what the Node server calls.
	 * `undefined` when the request is for none of the mock's paths.
	 */
	answer(request: MockRequest, body: Uint8Array<ArrayBuffer>): Promise<Response> | undefined;
	repository: StateRepository;
	/** The checks made on the devices' requests, added up per requirement. */
	conformance: ConformanceLog;
	/** The conformance report as `GET <base>api/mock/conformance` gives it. */
	report(client?: string): Promise<ConformanceReport>;
	/** `<base>api/v1`: where the management interface lives. */
	apiPath: string;
	/** `<base>api/mock`: the orchestrator controls. */
	controlPath: string;
}

export const DEFAULTS = { tokenLifetime: 3600, signatureMaxAge: 300, maxBodyBytes: 64 * 1024 } as const;

/**
 * The whole mock: its state over `store` and the routes of the API and the orchestrator
 * controls. The service worker (`worker/worker-mock.ts`) and Node (`node/server.ts`) differ in the
 * store, the origin, the crypto provider and what runs the routes (msw's `getResponse` in the
 * worker, `answer` in Node).
 */
export function createMock(options: MockOptions): Mock {
	const now = options.now ?? Date.now;
	const base = normalizeBase(options.base ?? '/');
	const { apiPath, controlPath } = mockPaths(base);
	const repository = createStateRepository(options.store, () => createInitialState(new Date(now())));
	const cryptoProvider = options.crypto ?? webCryptoProvider;
	const conformance = createConformanceLog(options.store, now, cryptoProvider.digest);
	const catalogue = options.catalogue ?? (async () => []);
	const handlerOptions = {
		operations: compileOperations(options.specs),
		repository,
		origin: options.origin ?? '*',
		apiPath,
		now,
		tokenLifetime: options.tokenLifetime ?? DEFAULTS.tokenLifetime,
		signatureMaxAge: options.signatureMaxAge ?? DEFAULTS.signatureMaxAge,
		maxBodyBytes: options.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
		verifyKeys: createVerifyKeys(cryptoProvider.importVerifier),
		crypto: cryptoProvider,
		conformance,
		...(options.onExchange ? { onExchange: options.onExchange } : {}),
	};
	const routes = [
		...createConformanceRoutes({ ...handlerOptions, controlPath, catalogue }),
		...createControlRoutes({ ...handlerOptions, controlPath }),
		...createApiRoutes(handlerOptions),
	];
	const findRoute = createRouteFinder(routes);
	return {
		handlers: toMswHandlers(routes),
		routes,
		answer(request, body) {
			// Only its own mount points: a generic document's path may contain `/api/v1/` too
			// (`<base>mock/<id>/api/v1/…`), and the routes' `*` origin would match it.
			if (!isUnder(new URL(request.url).pathname, [apiPath, controlPath])) return undefined;
			const found = findRoute(request);
			if (!found) return undefined;
			const url = new URL(request.url);
			return found.route.answer({ request, body, instance: url.pathname + url.search }, found.params);
		},
		repository,
		conformance,
		report: async (client) => buildReport(await conformance.read(), await catalogue(), client),
		apiPath,
		controlPath,
	};
}

/** Whether `pathname` is one of `prefixes` or below one. */
function isUnder(pathname: string, prefixes: readonly string[]): boolean {
	return prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
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

import { setupWorker } from 'msw/browser';
import specs from 'virtual:margo/mock-operations';
import { ids } from 'virtual:margo/mock-documents';
import { MANAGEMENT_API_ID } from '#shared/openapi/mock-path.ts';
import { createGenericMock } from '../generic/generic-mock.ts';
import { createMock, type Mock } from '../core/create-mock.ts';
import type { Exchange } from '../core/exchange.ts';
import { store } from './store.ts';
import { siteBase } from '#shared/base.ts';

/**
 * The mock in the browser: msw's service worker (`public/mockServiceWorker.js`) registered under
 * the site's base path hands each request of a controlled page back to this page, where the
 * handlers answer those under `<base>api/v1/` and `<base>api/mock/`, the other API documents' under
 * `<base>mock/<id>/`, and let everything else pass.
 * Only pages that call {@link startBrowserMock} (the reference and the playground) start it.
 */

const BASE = siteBase();
const LOG_KEY = 'request-log';
/** How many exchanges the request log keeps. */
export const LOG_LIMIT = 100;
/** Fired on `window` with an {@link Exchange} as `detail` after each answered request. */
export const EXCHANGE_EVENT = 'margo-mock:exchange';

export interface BrowserMock extends Mock {
	/** Absolute URL of the API base, e.g. `https://example.org/margo/api/v1`. */
	apiUrl: string;
	controlUrl: string;
}

/** Why the mock cannot run here, or `undefined` when it can. */
export function mockUnavailableReason(): string | undefined {
	if (!window.isSecureContext) return 'The mock needs a secure context (HTTPS or localhost) for its service worker and WebCrypto.';
	if (!('serviceWorker' in navigator))
		return 'This browser does not offer service workers (or they are disabled, as in some private windows), so the mock cannot answer requests here.';
	if (!('indexedDB' in window)) return 'This browser does not offer IndexedDB, where the mock keeps its state.';
	return undefined;
}

let started: Promise<BrowserMock> | undefined;

/** Starts the mock once per page; later calls get the same instance. Rejects when unavailable. */
export function startBrowserMock(): Promise<BrowserMock> {
	return (started ??= start());
}

async function start(): Promise<BrowserMock> {
	const reason = mockUnavailableReason();
	if (reason) throw new Error(reason);
	const mock = createMock({ specs, store, origin: location.origin, base: BASE, onExchange: (exchange) => void appendToLog(exchange) });
	// Every other document, from its OpenAPI 3.1 form (a download of the site), fetched on its first request.
	const generic = createGenericMock({
		ids,
		load: async (id) => {
			const response = await fetch(`${BASE}openapi/${id}.3.1.json`);
			if (!response.ok) throw new Error(`${BASE}openapi/${id}.3.1.json: ${response.status}`);
			return (await response.json()) as Record<string, never>;
		},
		elsewhere: { [MANAGEMENT_API_ID]: mock.apiPath },
		origin: location.origin,
		base: BASE,
		onExchange: (exchange) => void appendToLog(exchange),
	});
	const worker = setupWorker(...mock.handlers, ...generic.handlers);
	try {
		await worker.start({
			serviceWorker: { url: `${BASE}mockServiceWorker.js`, options: { scope: BASE } },
			onUnhandledFrame: 'bypass',
			quiet: true,
		});
	} catch (error) {
		// Browsers that block service workers (policy, some private modes) fail here.
		throw new Error(`The service worker could not be registered (${(error as Error).message.replace(/\s+/g, ' ').trim()}).`, {
			cause: error,
		});
	}
	return { ...mock, apiUrl: location.origin + mock.apiPath, controlUrl: location.origin + mock.controlPath };
}

// The log lives in memory and is written to IndexedDB after each exchange, but never more than
// one write at a time: during a burst of requests the writes coalesce into one per write's
// duration. Writing the whole log after every request, one write per request, made each request
// several times slower once the log had filled up.
let log: Exchange[] | undefined;
let loading: Promise<Exchange[]> | undefined;
let writing: Promise<void> | undefined;
let dirty = false;

/** The current log, read from IndexedDB the first time. */
async function loadLog(): Promise<Exchange[]> {
	loading ??= store.get<Exchange[]>(LOG_KEY).then((saved) => (log ??= saved ?? []));
	await loading;
	return log ?? [];
}

function saveLog(): Promise<void> {
	dirty = true;
	writing ??= (async () => {
		while (dirty) {
			dirty = false;
			await store.set(LOG_KEY, log ?? []);
		}
		writing = undefined;
	})();
	return writing;
}

async function appendToLog(exchange: Exchange): Promise<void> {
	const entries = await loadLog();
	log = [...entries, exchange].slice(-LOG_LIMIT);
	void saveLog();
	window.dispatchEvent(new CustomEvent<Exchange>(EXCHANGE_EVENT, { detail: exchange }));
}

/** The request log, oldest first (at most the last 100 exchanges). */
export async function readLog(): Promise<Exchange[]> {
	return [...(await loadLog())];
}

export async function clearLog(): Promise<void> {
	await loadLog();
	log = [];
	await saveLog();
}

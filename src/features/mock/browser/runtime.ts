import { mockPaths } from '../core/mock-paths.ts';
import type { MockState } from '../core/state.ts';
import {
	logChannelName,
	WORKER_SCRIPT,
	type Command,
	type Commands,
	type LoggedExchange,
	type LogNotice,
	type Reply,
} from '../worker/protocol.ts';
import { createLogMirror, type LogMirror } from './log-mirror.ts';
import { siteBase } from '#shared/base.ts';

/**
 * The page's side of the mock. The mock runs in a service worker (`worker/service-worker.ts`)
 * registered under the site's base path; it answers requests under `<base>api/v1/`, `<base>api/mock/`
 * and `<base>mock/<id>/` itself and lets everything else pass. A page reads the mock's state and
 * request log by asking the worker, and hears of each exchange on a BroadcastChannel.
 * Only pages that call {@link startBrowserMock} (the reference and the playground) start it.
 */

const BASE = siteBase();
export { LOG_LIMIT } from '../worker/request-log.ts';
/** Fired on `window` with a {@link LoggedExchange} as `detail` after each exchange the mock logs. */
export const EXCHANGE_EVENT = 'margo-mock:exchange';

export interface BrowserMock {
	/** `<base>api/v1`: where the management interface lives. */
	apiPath: string;
	/** `<base>api/mock`: the orchestrator controls. */
	controlPath: string;
	/** Absolute URL of the API base, e.g. `https://example.org/margo/api/v1`. */
	apiUrl: string;
	controlUrl: string;
	/** The mock's state, kept by its worker. */
	repository: { read(): Promise<MockState>; reset(): Promise<unknown> };
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
	try {
		// Typed as always giving a registration; where service workers are blocked it may give none.
		const registration: ServiceWorkerRegistration | undefined = await navigator.serviceWorker.register(`${BASE}${WORKER_SCRIPT}`, {
			scope: BASE,
		});
		if (!registration) throw new Error('the browser gave no registration');
	} catch (error) {
		// Browsers that block service workers (policy, some private modes) fail here.
		throw new Error(`The service worker could not be registered (${(error as Error).message.replace(/\s+/g, ' ').trim()}).`, {
			cause: error,
		});
	}
	await navigator.serviceWorker.ready;
	if (!navigator.serviceWorker.controller) {
		const controlled = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		await ask('claim');
		await controlled;
	}
	// From here on, each exchange the worker logs is announced on this page.
	logMirror();
	const paths = mockPaths(BASE);
	return {
		...paths,
		apiUrl: location.origin + paths.apiPath,
		controlUrl: location.origin + paths.controlPath,
		repository: { read: () => ask('read-state'), reset: () => ask('reset-state') },
	};
}

/** Asks the mock's worker, which answers on a port of its own. */
async function ask<C extends Command>(command: C): Promise<Commands[C]> {
	const worker = (await navigator.serviceWorker.ready).active;
	if (!worker) throw new Error('The mock’s service worker is not active.');
	const { port1, port2 } = new MessageChannel();
	const reply = new Promise<Reply<C>>((resolve) => (port1.onmessage = (event: MessageEvent<Reply<C>>) => resolve(event.data)));
	worker.postMessage(command, [port2]);
	const answer = await reply;
	port1.close();
	if (!answer.ok) throw new Error(`The mock could not ${command.replace('-', ' the ')}: ${answer.error}`);
	return answer.value;
}

let log: LogMirror | undefined;

/** The page's copy of the request log; it starts hearing the worker's notices when first used. */
function logMirror(): LogMirror {
	return (log ??= createLogMirror({
		read: () => ask('read-log'),
		clear: () => ask('clear-log'),
		listen: (onNotice) => {
			const channel = new BroadcastChannel(logChannelName(BASE));
			channel.addEventListener('message', (event: MessageEvent<LogNotice>) => onNotice(event.data));
		},
		onExchange: (entry) => window.dispatchEvent(new CustomEvent<LoggedExchange>(EXCHANGE_EVENT, { detail: entry })),
	}));
}

/** The request log, oldest first (at most the last 100 exchanges). */
export const readLog = (): Promise<LoggedExchange[]> => logMirror().read();

export const clearLog = (): Promise<void> => logMirror().clear();

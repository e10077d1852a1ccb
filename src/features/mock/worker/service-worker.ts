import specs from 'virtual:margo/mock-operations';
import { ids } from 'virtual:margo/mock-documents';
import { store } from '../browser/store.ts';
import { isCommand, logChannelName, type Command, type Commands, type Reply } from './protocol.ts';
import { createWorkerMock } from './worker-mock.ts';

/**
 * The mock's service worker, bundled by the site build into `<base>mock-service-worker.js`
 * (`worker-bundle.ts`) and registered with the site's base as its scope (`browser/runtime.ts`).
 * It answers the mock's requests itself, with the same msw handlers as `npm run mock`: no round
 * trip to the page. Every other request gets no `respondWith`, so the browser fetches it as if
 * there were no worker. The state and the request log live here, kept in IndexedDB, so a stopped
 * worker picks them up where they were; pages read them by asking (`protocol.ts`).
 */

declare const self: ServiceWorkerGlobalScope;

const base = new URL(self.registration.scope).pathname;
const channel = new BroadcastChannel(logChannelName(base));
const mock = createWorkerMock({
	specs,
	ids,
	store,
	origin: self.location.origin,
	base,
	fetch: (url) => fetch(url),
	notify: (notice) => channel.postMessage(notice),
});

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
	if (!mock.answers(event.request.url)) return;
	const answered = mock.answer(event.request);
	event.respondWith(answered);
	// The exchange is logged after the response is handed back; the worker stays up until it is.
	event.waitUntil(answered.then(() => mock.settled()));
});

self.addEventListener('message', (event) => {
	const [port] = event.ports;
	const command: unknown = event.data;
	if (!port || !isCommand(command)) return;
	event.waitUntil(
		run(command).then(
			(value) => port.postMessage({ ok: true, value } satisfies Reply),
			(error: unknown) => port.postMessage({ ok: false, error: (error as Error).message ?? String(error) } satisfies Reply),
		),
	);
});

function run(command: Command): Promise<Commands[Command]> {
	// A page loaded with a hard reload is not controlled until the worker claims it.
	return command === 'claim' ? self.clients.claim().then(() => null) : mock.command(command);
}

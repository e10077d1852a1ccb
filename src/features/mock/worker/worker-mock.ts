import { getResponse } from 'msw';
import { MANAGEMENT_API_ID } from '#shared/openapi/mock-path.ts';
import { createMock, DEFAULTS } from '../core/create-mock.ts';
import { problemResponse } from '../core/problem-details.ts';
import type { OperationSpec } from '../core/request-validation.ts';
import type { KeyValueStore } from '../core/storage.ts';
import { createGenericMock } from '../generic/generic-mock.ts';
import type { Command, Commands, LogNotice } from './protocol.ts';
import { createRequestLog } from './request-log.ts';
import { fetchCatalogue } from './catalogue.ts';

export interface WorkerMockOptions {
	/** The operations of the management API document (`virtual:margo/mock-operations`). */
	specs: readonly OperationSpec[];
	/** The other API documents, mocked generically (`virtual:margo/mock-documents`). */
	ids: readonly string[];
	/** Where the state and the request log are kept (IndexedDB). */
	store: KeyValueStore;
	/** The site's origin and base path (the worker's scope). */
	origin: string;
	base: string;
	/** Fetches a file of the site: the generic mock's documents. */
	fetch: (url: string) => Promise<Response>;
	/** Tells the pages of a change of the request log. */
	notify: (notice: LogNotice) => void;
}

export interface WorkerMock {
	/** Whether `url` is the mock's to answer; the worker leaves every other request to the browser. */
	answers(url: string): boolean;
	answer(request: Request): Promise<Response>;
	/** Answers a page's question (all but `claim`, which is the worker's own business). */
	command<C extends Exclude<Command, 'claim'>>(command: C): Promise<Commands[C]>;
	/** Resolves once the exchanges answered so far are logged and written. */
	settled(): Promise<void>;
}

/**
 * The mock as its service worker runs it: the same msw handlers as `npm run mock`'s Node server
 * (the management API, its orchestrator controls and the generic mock of the other documents), run
 * with msw's `getResponse` on each request the worker takes, and the request log they feed.
 */
export function createWorkerMock(options: WorkerMockOptions): WorkerMock {
	const pending = new Set<Promise<void>>();
	const log = createRequestLog(options.store, options.notify);
	const onExchange = (exchange: Parameters<typeof log.append>[0]) => {
		// The log can wait, the client cannot: the exchange is logged in a task of its own, after
		// the response is handed back (`settled` still waits for it).
		const appended = new Promise((resolve) => setTimeout(resolve))
			.then(() => log.append(exchange))
			.catch((error: unknown) => console.error('The mock could not log an exchange:', error));
		pending.add(appended);
		void appended.finally(() => pending.delete(appended));
	};
	const { origin, base } = options;
	const mock = createMock({
		specs: options.specs,
		store: options.store,
		origin,
		base,
		onExchange,
		catalogue: () => fetchCatalogue(options.fetch, origin, base),
	});
	const generic = createGenericMock({
		ids: options.ids,
		// Each document's OpenAPI 3.1 form, a download of the site, fetched on its first request.
		load: async (id) => {
			const url = `${origin}${base}openapi/${id}.3.1.json`;
			const response = await options.fetch(url);
			if (!response.ok) throw new Error(`${url}: ${response.status}`);
			return (await response.json()) as Record<string, never>;
		},
		elsewhere: { [MANAGEMENT_API_ID]: mock.apiPath },
		origin,
		base,
		onExchange,
	});
	// Each mock runs only on its own mount point: a generic document's paths may contain `/api/v1/`.
	const handlersFor = (pathname: string) =>
		pathname === generic.mockPath || pathname.startsWith(`${generic.mockPath}/`) ? generic.handlers : mock.handlers;
	const prefixes = [mock.apiPath, mock.controlPath, generic.mockPath];

	const commands: { [C in Exclude<Command, 'claim'>]: () => Promise<Commands[C]> } = {
		'read-state': () => mock.repository.read(),
		'reset-state': async () => (await mock.repository.reset(), null),
		'read-log': () => log.read(),
		'clear-log': () => log.clear(),
	};

	return {
		answers(url) {
			const { origin: at, pathname } = new URL(url);
			return at === origin && prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
		},
		async answer(request) {
			try {
				const refused = await refuseOversized(request, DEFAULTS.maxBodyBytes);
				if (refused) return refused;
				// HEAD is GET without the body (RFC 9110 §9.3.2), for the management API and the generic mock alike.
				const asked = request.method === 'HEAD' ? new Request(request.url, { method: 'GET', headers: request.headers }) : request;
				const response =
					(await getResponse(handlersFor(new URL(request.url).pathname), asked)) ??
					problemResponse('not-found', { instance: new URL(request.url).pathname, detail: 'No handler of the mock answers here.' });
				return request.method === 'HEAD' ? new Response(null, response) : response;
			} catch (error) {
				console.error(error);
				return new Response(`The mock failed: ${(error as Error).message}`, { status: 500, headers: { 'content-type': 'text/plain' } });
			}
		},
		command: (command) => commands[command](),
		async settled() {
			while (pending.size > 0) await Promise.all(pending);
			await log.written();
		},
	};
}

/**
 * A 413 for a body past `maxBytes`, whatever the path (the management API, its controls, the
 * generic mock), as `npm run mock` answers it.
 */
async function refuseOversized(request: Request, maxBytes: number): Promise<Response | undefined> {
	if (request.method === 'GET' || request.method === 'HEAD' || request.body === null) return undefined;
	const size = (await request.clone().arrayBuffer()).byteLength;
	if (size <= maxBytes) return undefined;
	const url = new URL(request.url);
	return problemResponse('payload-too-large', {
		instance: url.pathname + url.search,
		detail: `The body has ${size} bytes; the mock accepts at most ${maxBytes}.`,
	});
}

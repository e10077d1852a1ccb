import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createMock, DEFAULTS, type Mock, type MockOptions } from '../core/create-mock.ts';
import { statusText } from '../core/exchange.ts';
import { problemResponse } from '../core/problem-details.ts';
import { MANAGEMENT_API_ID } from '#shared/openapi/mock-path.ts';
import { createGenericMock, type GenericMock } from '../generic/generic-mock.ts';
import { loadOperationSpecs } from './api-operations.ts';
import { genericDocuments } from './generic-documents.ts';

export interface MockServerOptions extends Partial<Omit<MockOptions, 'origin' | 'base'>> {
	/** Project root holding `openapi/`; the specs are loaded from there unless given. */
	root: string;
	port?: number;
	host?: string;
}

export interface MockServer {
	/** e.g. `http://127.0.0.1:4010` */
	url: string;
	mock: Mock;
	/** Every other document of `openapi/`, at `/mock/<id>/<path>`. */
	generic: GenericMock;
	server: Server;
	close(): Promise<void>;
}

/**
 * The mock on a plain `node:http` server: each incoming message becomes a Fetch `Request` that
 * msw's `getResponse` runs through the same handlers the browser's service worker uses.
 * State lives in memory for the server's lifetime.
 */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
	const maxBodyBytes = options.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
	const mock = createMock({
		...options,
		specs: options.specs ?? loadOperationSpecs(options.root),
		// The state lives in this process for the server's lifetime: no store to save it to.
		...(options.store ? { store: options.store } : {}),
		maxBodyBytes,
	});
	const generic = createGenericMock({ ...genericDocuments(options.root), elsewhere: { [MANAGEMENT_API_ID]: mock.apiPath } });
	const handlers = [...mock.handlers, ...generic.handlers];
	const server = createServer((incoming, outgoing) => {
		answer({ mock, generic, handlers }, incoming, outgoing, maxBodyBytes).catch((error: unknown) => {
			console.error(error);
			if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'text/plain' });
			outgoing.end('The mock failed; see its console.');
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
	});
	const { address, port } = server.address() as AddressInfo;
	const host = address.includes(':') ? `[${address}]` : address;
	return {
		url: `http://${host}:${port}`,
		mock,
		generic,
		server,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

async function answer(
	{ mock, generic, handlers }: { mock: Mock; generic: GenericMock; handlers: Mock['handlers'] },
	incoming: IncomingMessage,
	outgoing: ServerResponse,
	maxBodyBytes: number,
): Promise<void> {
	const request = await toRequest(incoming, maxBodyBytes);
	const response =
		(await getResponse(handlers, request)) ??
		problemResponse('not-found', {
			instance: new URL(request.url).pathname,
			detail: `The mock serves the management interface under ${mock.apiPath}/, its controls under ${mock.controlPath}/ and the other API documents under ${generic.mockPath}/<id>/.`,
		});
	outgoing.writeHead(response.status, response.statusText || statusText(response.status), Object.fromEntries(response.headers));
	outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * A Fetch `Request` for an incoming message. The URL keeps the Host the client used, since the
 * signature covers `@target-uri`. At most `maxBodyBytes + 1` bytes are read: enough for the
 * handlers to answer 413 without holding an oversized body.
 */
async function toRequest(incoming: IncomingMessage, maxBodyBytes: number): Promise<Request> {
	const url = `http://${incoming.headers.host ?? 'localhost'}${incoming.url ?? '/'}`;
	const headers = new Headers();
	for (let i = 0; i < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
	const method = incoming.method ?? 'GET';
	if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of incoming as AsyncIterable<Buffer>) {
		chunks.push(chunk);
		size += chunk.length;
		if (size > maxBodyBytes) break;
	}
	return new Request(url, { method, headers, body: Buffer.concat(chunks) });
}

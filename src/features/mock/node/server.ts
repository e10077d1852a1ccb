import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createMock, DEFAULTS, type Mock, type MockOptions } from '../core/create-mock.ts';
import { statusText } from '../core/exchange.ts';
import { problemResponse } from '../core/problem-details.ts';
import { MANAGEMENT_API_ID } from '#shared/openapi/mock-path.ts';
import { createGenericMock, type GenericMock } from '../generic/generic-mock.ts';
import type { MockRequest } from '../core/request-guards.ts';
import { loadOperationSpecs } from './api-operations.ts';
import { genericDocuments } from './generic-documents.ts';
import { nativeCrypto } from './native-crypto.ts';

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
 * The mock on a plain `node:http` server: each incoming message goes to the same routes the
 * browser's service worker runs, picked by the mock itself (`Mock.answer`) rather than by msw,
 * and checked with Node's own crypto (`native-crypto.ts`). Requests for the other API documents
 * become a Fetch `Request` that msw's `getResponse` runs through the generic mock's handlers.
 * State lives in memory for the server's lifetime.
 */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
	const maxBodyBytes = options.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
	const mock = createMock({
		...options,
		specs: options.specs ?? loadOperationSpecs(options.root),
		crypto: options.crypto ?? nativeCrypto,
		// The state lives in this process for the server's lifetime: no store to save it to.
		...(options.store ? { store: options.store } : {}),
		maxBodyBytes,
	});
	const generic = createGenericMock({ ...genericDocuments(options.root), elsewhere: { [MANAGEMENT_API_ID]: mock.apiPath } });
	const server = createServer((incoming, outgoing) => {
		answer({ mock, generic }, incoming, outgoing, maxBodyBytes).catch((error: unknown) => {
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
	{ mock, generic }: { mock: Mock; generic: GenericMock },
	incoming: IncomingMessage,
	outgoing: ServerResponse,
	maxBodyBytes: number,
): Promise<void> {
	const { request, body } = await readRequest(incoming, maxBodyBytes);
	const response =
		(await mock.answer(request, body)) ??
		(await getResponse(generic.handlers, toFetchRequest(request, body))) ??
		problemResponse('not-found', {
			instance: new URL(request.url).pathname,
			detail: `The mock serves the management interface under ${mock.apiPath}/, its controls under ${mock.controlPath}/ and the other API documents under ${generic.mockPath}/<id>/.`,
		});
	outgoing.writeHead(response.status, response.statusText || statusText(response.status), Object.fromEntries(response.headers));
	outgoing.end(response.body === null ? undefined : Buffer.from(await response.arrayBuffer()));
}

/**
 * An incoming message as the mock reads a request, with its body. The URL keeps the Host the
 * client used, since the signature covers `@target-uri`, and is normalized as `Request.url` is.
 * At most `maxBodyBytes + 1` bytes are read: enough for the handlers to answer 413 without
 * holding an oversized body.
 */
async function readRequest(
	incoming: IncomingMessage,
	maxBodyBytes: number,
): Promise<{ request: MockRequest; body: Uint8Array<ArrayBuffer> }> {
	const url = new URL(`http://${incoming.headers.host ?? 'localhost'}${incoming.url ?? '/'}`).href;
	const headers = new Headers();
	for (let i = 0; i < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
	const method = incoming.method ?? 'GET';
	if (method === 'GET' || method === 'HEAD') return { request: { method, url, headers }, body: new Uint8Array() };
	const { chunks, size } = await readBody(incoming, maxBodyBytes);
	const body = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		body.set(chunk, offset);
		offset += chunk.length;
	}
	return { request: { method, url, headers }, body };
}

/**
 * The chunks of the body, up to the first past `maxBodyBytes`. A body whose declared length fits
 * is read with events (one promise); any other with `for await`, whose early exit destroys the
 * message as it always has.
 */
async function readBody(incoming: IncomingMessage, maxBodyBytes: number): Promise<{ chunks: Buffer[]; size: number }> {
	const chunks: Buffer[] = [];
	let size = 0;
	const declared = Number(incoming.headers['content-length']);
	if (Number.isInteger(declared) && declared <= maxBodyBytes) {
		// Node's parser ends the message after exactly `content-length` bytes.
		await new Promise<void>((resolve, reject) => {
			incoming.on('data', (chunk: Buffer) => {
				chunks.push(chunk);
				size += chunk.length;
			});
			incoming.once('end', resolve).once('error', reject);
			incoming.once('close', () => reject(new Error('The client closed the connection before the end of the body.')));
		});
		return { chunks, size };
	}
	for await (const chunk of incoming as AsyncIterable<Buffer>) {
		chunks.push(chunk);
		size += chunk.length;
		if (size > maxBodyBytes) break;
	}
	return { chunks, size };
}

/** The Fetch `Request` msw's handlers take. */
function toFetchRequest({ method, url, headers }: MockRequest, body: Uint8Array<ArrayBuffer>): Request {
	return new Request(url, method === 'GET' || method === 'HEAD' ? { method, headers } : { method, headers, body });
}

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
import { requestTarget } from './request-target.ts';
import { nodeCatalogue } from './catalogue.ts';

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
		catalogue: options.catalogue ?? (() => nodeCatalogue(options.root)),
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
	const read = await readRequest(incoming, maxBodyBytes);
	const response = 'problem' in read ? read.problem : await route({ mock, generic }, read.request, read.body);
	outgoing.writeHead(response.status, response.statusText || statusText(response.status), Object.fromEntries(response.headers));
	// Node sends no body for HEAD whatever is written; the mock's answer is a GET's without its body.
	outgoing.end(response.body === null ? undefined : Buffer.from(await response.arrayBuffer()));
}

async function route({ mock, generic }: { mock: Mock; generic: GenericMock }, request: MockRequest, body: Uint8Array<ArrayBuffer>) {
	// HEAD is GET without the body (RFC 9110 §9.3.2), for the management API and the generic mock alike.
	const asked = request.method === 'HEAD' ? { ...request, method: 'GET' } : request;
	return (
		(await mock.answer(asked, body)) ??
		(await getResponse(generic.handlers, toFetchRequest(asked, body))) ??
		problemResponse('not-found', {
			instance: new URL(request.url).pathname,
			detail: `The mock serves the management interface under ${mock.apiPath}/, its controls under ${mock.controlPath}/ and the other API documents under ${generic.mockPath}/<id>/.`,
		})
	);
}

/** What every method of every path of the mock may be asked with; the answer to `OPTIONS *`. */
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, DELETE, OPTIONS';

/**
 * An incoming message as the mock reads a request, with its body, or the problem that answers it
 * before any route sees it: a malformed request target or Host (400), a body past `maxBodyBytes`
 * (413, for every path: the management API, its controls and the generic mock), `OPTIONS *`.
 * The URL keeps the Host the client used, since the signature covers `@target-uri`.
 */
async function readRequest(
	incoming: IncomingMessage,
	maxBodyBytes: number,
): Promise<{ request: MockRequest; body: Uint8Array<ArrayBuffer> } | { problem: Response }> {
	const method = incoming.method ?? 'GET';
	const rawTarget = incoming.url ?? '/';
	const target = requestTarget(method, rawTarget, incoming.headers.host);
	const instance = rawTarget.startsWith('/') ? rawTarget : '/';
	if (target.kind === 'server-wide') return { problem: new Response(null, { status: 204, headers: { allow: ALLOWED_METHODS } }) };
	if (target.kind === 'malformed') return { problem: problemResponse('bad-request', { instance, detail: target.detail }) };
	const headers = new Headers();
	for (let i = 0; i < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
	const request = { method, url: target.url, headers };
	if (method === 'GET' || method === 'HEAD') return { request, body: new Uint8Array() };
	const { chunks, size } = await readBody(incoming, maxBodyBytes);
	if (size > maxBodyBytes) {
		const url = new URL(target.url);
		return {
			problem: problemResponse('payload-too-large', {
				instance: url.pathname + url.search,
				detail: `The body has ${incoming.headers['content-length'] ? size : `more than ${maxBodyBytes}`} bytes; the mock accepts at most ${maxBodyBytes}.`,
			}),
		};
	}
	const body = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		body.set(chunk, offset);
		offset += chunk.length;
	}
	return { request, body };
}

/**
 * The chunks of the body while it fits in `maxBodyBytes`, and its size: the declared one, or as
 * far as it was read. Past the limit the rest is read and dropped, so that the client, still
 * sending, gets the 413 rather than a reset connection.
 */
async function readBody(incoming: IncomingMessage, maxBodyBytes: number): Promise<{ chunks: Buffer[]; size: number }> {
	const chunks: Buffer[] = [];
	let size = 0;
	const declared = Number(incoming.headers['content-length']);
	if (Number.isInteger(declared) && declared > maxBodyBytes) {
		// Node discards the unread body once the response is sent.
		incoming.resume();
		return { chunks, size: declared };
	}
	await new Promise<void>((resolve, reject) => {
		incoming.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= maxBodyBytes) chunks.push(chunk);
			// Answered now; what follows is read and dropped.
			else resolve();
		});
		incoming.once('end', resolve).once('error', reject);
		incoming.once('close', () => reject(new Error('The client closed the connection before the end of the body.')));
	});
	return { chunks, size };
}

/** The Fetch `Request` msw's handlers take. */
function toFetchRequest({ method, url, headers }: MockRequest, body: Uint8Array<ArrayBuffer>): Request {
	return new Request(url, method === 'GET' || method === 'HEAD' ? { method, headers } : { method, headers, body });
}

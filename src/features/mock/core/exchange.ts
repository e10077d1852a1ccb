import type { MockRequest } from './request-guards.ts';

/**
 * One request and its response as the mock saw them: kept in the request log and shown as raw
 * HTTP in the playground.
 */
export interface Exchange {
	/** ISO time the request was handled. */
	at: string;
	request: { method: string; url: string; headers: [string, string][]; body: string };
	response: { status: number; statusText: string; headers: [string, string][]; body: string };
}

const STATUS_TEXT: Record<number, string> = {
	200: 'OK',
	201: 'Created',
	204: 'No Content',
	304: 'Not Modified',
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	413: 'Content Too Large',
	415: 'Unsupported Media Type',
	500: 'Internal Server Error',
	501: 'Not Implemented',
};

/** Reason phrase for a status, since a `Response` made in code has an empty one. */
export function statusText(status: number): string {
	return STATUS_TEXT[status] ?? '';
}

/** Records a request (whose body bytes were read) and the response, without consuming it. */
export async function recordExchange(request: MockRequest, body: Uint8Array, response: Response, at: Date): Promise<Exchange> {
	return exchangeOf(request, body, response, await response.clone().text(), at);
}

/**
 * Reads the body of a response the mock made, once, for its log: the exchange, and a response of
 * the same status, headers and bytes to hand to the client in its place. A clone would tee the
 * body's stream, which cost more than the handlers themselves in the service worker.
 */
export async function readForLog(
	request: MockRequest,
	body: Uint8Array,
	response: Response,
	at: Date,
): Promise<{ response: Response; exchange: Exchange }> {
	if (response.body === null) return { response, exchange: exchangeOf(request, body, response, '', at) };
	const bytes = await response.arrayBuffer();
	const { status, statusText, headers } = response;
	return {
		response: new Response(bytes, { status, statusText, headers }),
		exchange: exchangeOf(request, body, response, new TextDecoder().decode(bytes), at),
	};
}

function exchangeOf(request: MockRequest, body: Uint8Array, response: Response, responseBody: string, at: Date): Exchange {
	return {
		at: at.toISOString(),
		request: { method: request.method, url: request.url, headers: [...request.headers], body: new TextDecoder().decode(body) },
		response: {
			status: response.status,
			statusText: response.statusText || statusText(response.status),
			headers: [...response.headers],
			body: responseBody,
		},
	};
}

/** The request as HTTP/1.1 text: request line, Host, the other headers, a blank line, the body. */
export function formatRequest(exchange: Exchange): string {
	const url = new URL(exchange.request.url);
	const headers = exchange.request.headers.filter(([name]) => name !== 'host').map(([name, value]) => `${capitalize(name)}: ${value}`);
	const head = [`${exchange.request.method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, ...headers].join('\n');
	return exchange.request.body ? `${head}\n\n${exchange.request.body}` : head;
}

/** The response as HTTP/1.1 text. */
export function formatResponse(exchange: Exchange): string {
	const { status, statusText: text, headers, body } = exchange.response;
	const head = [`HTTP/1.1 ${status} ${text}`, ...headers.map(([name, value]) => `${capitalize(name)}: ${value}`)].join('\n');
	return body ? `${head}\n\n${body}` : head;
}

/** `content-digest` → `Content-Digest`, as most tools print header names. */
function capitalize(name: string): string {
	return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

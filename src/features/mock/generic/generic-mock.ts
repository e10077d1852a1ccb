import { http, type HttpHandler } from 'msw';
import type { JsonObject } from '#shared/openapi/json.ts';
import { readForLog, type Exchange } from '../core/exchange.ts';
import { MockedDocument } from './mocked-document.ts';
import { mockResponse } from './mock-response.ts';
import { readPreferences } from './prefer.ts';
import { genericProblems } from './problems.ts';
import { checkRequest } from './request-check.ts';

export interface GenericMockOptions {
	/** The ids of the documents the mock answers for (file names in `openapi/` without extension). */
	ids: readonly string[];
	/** The OpenAPI 3.1 form of a document; called once per id, on its first request. */
	load: (id: string) => JsonObject | Promise<JsonObject>;
	/** Documents mocked elsewhere, by id → their path (the management API at `<base>api/v1`). */
	elsewhere?: Record<string, string>;
	/** `location.origin` in a browser; `*` (the default) answers any origin. */
	origin?: string;
	/** The site's base path with a trailing slash; default `/`. */
	base?: string;
	/** Called with every exchange answered (the request log of the playground), as the management mock does. */
	onExchange?: (exchange: Exchange) => void;
}

export interface GenericMock {
	handlers: HttpHandler[];
	/** `<base>mock`: each document's operations are at `<base>mock/<id>/<path>`. */
	mockPath: string;
}

/**
 * A mock of every operation of every API document at `<base>mock/<id>/<path>`, where `<path>` is
 * the operation's path without its server's base path. Stateless: each request is checked
 * against its operation and answered from the documented examples or schemas. Shaped as msw
 * handlers, so the browser's service worker and `npm run mock`'s Node server run the same code.
 */
export function createGenericMock(options: GenericMockOptions): GenericMock {
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	const mockPath = `${base}mock`;
	const genericProblem = genericProblems(base);
	const loaded = new Map<string, Promise<MockedDocument>>();
	const documentOf = (id: string) => {
		let found = loaded.get(id);
		if (!found) loaded.set(id, (found = Promise.resolve(options.load(id)).then((document) => new MockedDocument(id, document))));
		return found;
	};
	const logged = async (request: Request): Promise<Response> => {
		const body = new Uint8Array(await request.clone().arrayBuffer());
		const answered = await answer(request, body);
		if (!options.onExchange) return answered;
		const { response, exchange } = await readForLog(request, body, answered, new Date());
		options.onExchange(exchange);
		return response;
	};
	const answer = async (request: Request, body: Uint8Array): Promise<Response> => {
		const url = new URL(request.url);
		const instance = url.pathname + url.search;
		const [id = '', ...rest] = url.pathname.slice(mockPath.length + 1).split('/');
		if (!options.ids.includes(id)) {
			const known = options.ids.length ? `one of: ${options.ids.join(', ')}` : 'the id of a document of openapi/ (there is none yet)';
			const other = options.elsewhere?.[decodeURIComponent(id)];
			const detail = other
				? `${id} is mocked with its own behaviour at ${other}/. The documents mocked here are ${options.ids.join(', ') || 'none'}.`
				: `${id ? `No API document has the id ${decodeURIComponent(id)}` : 'The path names no API document'}; send requests to ${mockPath}/<id>/<path>, where <id> is ${known}.`;
			return genericProblem('unknown-document', { instance, detail, extensions: { documents: options.ids } });
		}
		const mocked = await documentOf(id);
		const path = `/${rest.join('/')}`;
		const match = mocked.routes.match(request.method, path);
		if (!match)
			return genericProblem('not-found', {
				instance,
				detail: `No operation of ${mocked.title} is at ${path}; write the path as the document defines it, without its server's base path.`,
			});
		if ('allowed' in match) {
			return genericProblem('method-not-allowed', {
				instance,
				detail: `${request.method} is not defined for ${path}; it allows ${match.allowed.join(', ')}.`,
				headers: { allow: match.allowed.join(', ') },
			});
		}
		const checks = mocked.checksOf(match.operation);
		const invalid = await checkRequest({
			request,
			body,
			instance,
			operation: match.operation,
			params: match.params,
			checks,
			problem: genericProblem,
		});
		return (
			invalid ??
			mockResponse(
				{ document: mocked.document, validatorFor: mocked.validatorFor, problem: genericProblem },
				match.operation,
				request,
				readPreferences(request.headers.get('prefer')),
				instance,
			)
		);
	};
	const origin = options.origin ?? '*';
	return {
		mockPath,
		handlers: [
			http.all(`${origin}${mockPath}`, ({ request }) => logged(request)),
			http.all(`${origin}${mockPath}/*`, ({ request }) => logged(request)),
		],
	};
}

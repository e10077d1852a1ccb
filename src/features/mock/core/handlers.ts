import { http, matchRequestUrl, type HttpHandler } from 'msw';
import { problemResponse } from './problem-details.ts';
import { recordExchange, type Exchange } from './exchange.ts';
import { IMPLEMENTATIONS } from './operations.ts';
import {
	authenticate,
	checkBodySize,
	checkContentType,
	checkDigest,
	checkSignature,
	parseBody,
	validateBody,
	type Incoming,
} from './request-guards.ts';
import type { CompiledOperation } from './request-validation.ts';
import type { StateRepository } from './state-repository.ts';
import type { ClientRecord } from './state.ts';
import type { VerifyKeys } from './verify-keys.ts';

export interface HandlerOptions {
	operations: readonly CompiledOperation[];
	repository: StateRepository;
	/** Origin the handlers answer for: `location.origin` in a browser, `*` (any) in Node. */
	origin: string;
	/** Path of the API base, e.g. `/api/v1` or `/margo/api/v1`. */
	apiPath: string;
	/** Milliseconds since the epoch; tests move it to expire tokens and signatures. */
	now: () => number;
	/** Access token lifetime in seconds. */
	tokenLifetime: number;
	/** How far a signature's `created` may be from now, in seconds. */
	signatureMaxAge: number;
	maxBodyBytes: number;
	/** The imported verify key of each onboarded client. */
	verifyKeys: VerifyKeys;
	/** Called with every exchange the handlers answered (the request log). */
	onExchange?: (exchange: Exchange) => void;
}

/** `/clients/{clientId}` → `/clients/:clientId`, msw's path syntax. */
const toMswPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

/**
 * The msw request handlers of the API: one per operation of the API document, then a catch-all
 * under the API base answering 405 (known path, other method) or 404. The same handlers run in
 * the service worker's page and behind `npm run mock`'s Node server.
 */
export function createApiHandlers(options: HandlerOptions): HttpHandler[] {
	const base = `${options.origin}${options.apiPath}`;
	const handlers = options.operations.map((operation) =>
		http[operation.method.toLowerCase() as 'get' | 'put' | 'post' | 'delete'](base + toMswPath(operation.path), ({ request, params }) =>
			logged(options, request, (incoming) => handleOperation(options, operation, incoming, params as Record<string, string>)),
		),
	);
	const fallback = http.all(`${base}/*`, ({ request }) => logged(options, request, (incoming) => notFound(options, incoming)));
	return [...handlers, fallback];
}

/** Reads the body once, answers, and then reports the exchange to the log. */
export async function logged(
	options: Pick<HandlerOptions, 'onExchange' | 'now'>,
	request: Request,
	answer: (incoming: Incoming) => Promise<Response>,
): Promise<Response> {
	const body =
		request.method === 'GET' || request.method === 'HEAD' ? new Uint8Array() : new Uint8Array(await request.clone().arrayBuffer());
	const url = new URL(request.url);
	const response = await answer({ request, body, instance: url.pathname + url.search });
	if (options.onExchange) {
		const { onExchange } = options;
		const at = new Date(options.now());
		const copy = response.clone();
		// The log can wait, the client cannot: the exchange is recorded after the response is handed back.
		void recordExchange(request, body, copy, at).then(onExchange);
	}
	return response;
}

function notFound(options: HandlerOptions, { request, instance }: Incoming): Promise<Response> {
	const base = `${new URL(request.url).origin}${options.apiPath}`;
	const allowed = options.operations
		.filter((operation) => matchRequestUrl(new URL(request.url), base + toMswPath(operation.path)).matches)
		.map((operation) => operation.method);
	if (allowed.length > 0) {
		return Promise.resolve(
			problemResponse('method-not-allowed', {
				instance,
				detail: `${request.method} is not defined for this path; it allows ${allowed.join(', ')}.`,
				headers: { allow: allowed.join(', ') },
			}),
		);
	}
	return Promise.resolve(problemResponse('not-found', { instance, detail: `No operation of the management interface is at ${instance}.` }));
}

async function handleOperation(
	options: HandlerOptions,
	operation: CompiledOperation,
	incoming: Incoming,
	params: Record<string, string>,
): Promise<Response> {
	const tooLarge = checkBodySize(incoming, options.maxBodyBytes);
	if (tooLarge) return tooLarge;
	const mediaType = checkContentType(incoming, operation);
	if (mediaType instanceof Response) return mediaType;
	return options.repository.transact(async (state) => {
		const now = options.now();
		let client: ClientRecord | undefined;
		if (operation.authenticated) {
			const result = authenticate(incoming, state, params['clientId'] ?? '', now);
			if (result instanceof Response) return result;
			client = result;
		}
		if (operation.signed) {
			const digest = await checkDigest(incoming);
			if (digest) return digest;
			const signer = await checkSignature(incoming, state, {
				now,
				maxAge: options.signatureMaxAge,
				verifyKeys: options.verifyKeys,
				...(params['clientId'] ? { expectedClientId: params['clientId'] } : {}),
			});
			if (signer instanceof Response) return signer;
			client = signer;
		}
		let value: unknown;
		if (mediaType !== undefined) {
			if (incoming.body.length === 0) {
				const { name } = operation.validators[mediaType]!;
				return problemResponse('invalid-document', {
					instance: incoming.instance,
					detail: `The request has no body; send the ${name} document.`,
				});
			}
			const parsed = parseBody(incoming, mediaType);
			if (parsed instanceof Response) return parsed;
			const invalid = await validateBody(incoming, operation, mediaType, parsed.value);
			if (invalid) return invalid;
			value = parsed.value;
		}
		const implementation = IMPLEMENTATIONS[operation.operationId];
		if (!implementation) {
			return problemResponse('not-implemented', {
				instance: incoming.instance,
				detail: `The mock does not implement ${operation.operationId} yet.`,
			});
		}
		const apiUrl = `${new URL(incoming.request.url).origin}${options.apiPath}`;
		return implementation({
			request: incoming.request,
			params,
			value,
			state,
			client,
			now,
			instance: incoming.instance,
			apiUrl,
			tokenLifetime: options.tokenLifetime,
		});
	});
}

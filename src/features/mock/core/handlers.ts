import { matchRequestUrl } from 'msw';
import type { CryptoProvider } from '../signing/crypto-provider.ts';
import { problemResponse } from './problem-details.ts';
import { readForLog, type Exchange } from './exchange.ts';
import { IMPLEMENTATIONS, type OperationContext } from './operations.ts';
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
import { mswPath, type MockRoute } from './routes.ts';
import type { StateRepository } from './state-repository.ts';
import type { ClientRecord } from './state.ts';
import type { VerifyKeys } from './verify-keys.ts';
import type { ConformanceLog } from './conformance/conformance-log.ts';
import { documentCheck, rawBodyObservations } from './conformance/document-checks.ts';
import { attribute, observe } from './conformance/observations.ts';

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
	/** Digests and certificates: WebCrypto in the browser, Node's own crypto behind `npm run mock`. */
	crypto: CryptoProvider;
	/** Called with every exchange the handlers answered (the request log). */
	onExchange?: (exchange: Exchange) => void;
	/** Where the checks made on each request are added up (the conformance report). */
	conformance?: ConformanceLog;
}

/**
 * The routes of the API: one per operation of the API document, then a catch-all under the API
 * base answering 405 (known path, other method) or 404. The same routes run in the mock's service
 * worker (as msw handlers) and behind `npm run mock`'s Node server.
 */
export function createApiRoutes(options: HandlerOptions): MockRoute[] {
	const base = `${options.origin}${options.apiPath}`;
	const routes = options.operations.map((operation): MockRoute => ({
		method: operation.method,
		path: base + mswPath(operation.path),
		answer: (incoming, params) => logged(options, incoming, () => handleOperation(options, operation, incoming, params)),
	}));
	const fallback: MockRoute = {
		method: '*',
		path: `${base}/*`,
		answer: (incoming) => logged(options, incoming, () => notFound(options, incoming)),
	};
	return [...routes, fallback];
}

/** Answers, and then reports the exchange to the log. */
export async function logged(
	options: Pick<HandlerOptions, 'onExchange' | 'now' | 'conformance'>,
	incoming: Incoming,
	answer: (incoming: Incoming) => Promise<Response>,
): Promise<Response> {
	const answered = await answer(incoming);
	if (options.conformance && incoming.observations) {
		// The answer is read only as the evidence of a failed check; copying every answer would slow the mock.
		const failed = incoming.observations.some((observation) => !observation.passed);
		void options.conformance.record(incoming, failed ? answered.clone() : undefined, new Date(options.now()));
	}
	if (!options.onExchange) return answered;
	const { response, exchange } = await readForLog(incoming.request, incoming.body, answered, new Date(options.now()));
	options.onExchange(exchange);
	return response;
}

function notFound(options: HandlerOptions, { request, instance }: Incoming): Promise<Response> {
	const base = `${new URL(request.url).origin}${options.apiPath}`;
	const allowed = options.operations
		.filter((operation) => matchRequestUrl(new URL(request.url), base + mswPath(operation.path)).matches)
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
	attribute(incoming, params['clientId']);
	const documentFailed = () => {
		const check = documentCheck(operation.operationId);
		if (check) observe(incoming, check, false);
	};
	const tooLarge = checkBodySize(incoming, options.maxBodyBytes);
	if (tooLarge) return tooLarge;
	for (const { check, passed } of rawBodyObservations(operation.operationId, incoming.body)) observe(incoming, check, passed);
	const mediaType = checkContentType(incoming, operation);
	if (mediaType instanceof Response) return (documentFailed(), mediaType);
	return options.repository.transact(async (state) => {
		const now = options.now();
		let client: ClientRecord | undefined;
		let signature: OperationContext['signature'];
		if (operation.authenticated) {
			const result = authenticate(incoming, state, params['clientId'] ?? '', now);
			if (result instanceof Response) return result;
			client = result;
		}
		if (operation.signed) {
			const digest = await checkDigest(incoming, options.crypto.digest);
			if (digest) return digest;
			const signer = await checkSignature(incoming, state, {
				now,
				maxAge: options.signatureMaxAge,
				verifyKeys: options.verifyKeys,
				...(params['clientId'] ? { expectedClientId: params['clientId'] } : {}),
			});
			if (signer instanceof Response) return signer;
			client = signer.client;
			signature = { created: signer.created, value: incoming.request.headers.get('signature') ?? '' };
		}
		let value: unknown;
		if (mediaType !== undefined) {
			if (incoming.body.length === 0) {
				documentFailed();
				const { name } = operation.validators[mediaType]!;
				return problemResponse('invalid-document', {
					instance: incoming.instance,
					detail: `The request has no body; send the ${name} document.`,
				});
			}
			const parsed = parseBody(incoming, mediaType);
			if (parsed instanceof Response) return (documentFailed(), parsed);
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
			...(signature ? { signature } : {}),
			now,
			instance: incoming.instance,
			apiUrl,
			tokenLifetime: options.tokenLifetime,
			crypto: options.crypto,
			observe: (check, passed) => observe(incoming, check, passed),
			attribute: (clientId) => attribute(incoming, clientId),
		});
	});
}

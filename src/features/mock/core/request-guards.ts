import { checkContentDigest } from '../signing/content-digest.ts';
import type { CryptoProvider } from '../signing/crypto-provider.ts';
import { isSignatureFailure, verifyRequest, type SignatureFailure } from '../signing/message-signature.ts';
import { problemResponse, type ProblemKind } from './problem-details.ts';
import type { CompiledOperation } from './request-validation.ts';
import type { ClientRecord, MockState } from './state.ts';
import type { VerifyKeys } from './verify-keys.ts';
import { attribute, observe, type Observation } from './conformance/observations.ts';
import type { CheckId } from './conformance/checks.ts';
import { documentObservations } from './conformance/document-checks.ts';

/**
 * The checks every request to an operation passes through, in the order the mock applies them.
 * Each returns a problem response when the request fails it, so the first failure is answered
 * and nothing after it runs (and nothing is stored).
 */

/**
 * What the mock reads of a request. A Fetch `Request` has all of it; the Node server gives the
 * same without building one.
 */
export interface MockRequest {
	readonly method: string;
	/** The absolute URL, normalized as `Request.url` is. */
	readonly url: string;
	readonly headers: Headers;
}

/** What the guards need of a request besides the request itself, whose body is already read. */
export interface Incoming {
	request: MockRequest;
	body: Uint8Array<ArrayBuffer>;
	instance: string;
	/** The checks made on the request so far, for the conformance report (`conformance/observations.ts`). */
	observations?: Observation[];
	/** The client the request is from, once the mock knows. */
	clientId?: string;
}

export function checkBodySize({ body, request, instance }: Incoming, maxBytes: number): Response | undefined {
	const declared = Number(request.headers.get('content-length') ?? 0);
	const size = Math.max(body.length, Number.isFinite(declared) ? declared : 0);
	if (size <= maxBytes) return undefined;
	return problemResponse('payload-too-large', { instance, detail: `The body has ${size} bytes; the mock accepts at most ${maxBytes}.` });
}

/** The media type of the body, or a 415 when the operation takes no such type. */
export function checkContentType({ request, body, instance }: Incoming, operation: CompiledOperation): string | Response | undefined {
	const accepted = Object.keys(operation.validators);
	if (accepted.length === 0) {
		if (body.length === 0) return undefined;
		return problemResponse('unsupported-media-type', { instance, detail: `${operation.method} ${operation.path} takes no request body.` });
	}
	const given = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	if (accepted.includes(given)) return given;
	return problemResponse('unsupported-media-type', {
		instance,
		detail: `${given ? `The content type ${given} is not accepted` : 'The request has no Content-Type header'}; send ${accepted.join(' or ')}.`,
		headers: { [operation.method === 'PUT' ? 'accept-put' : 'accept-post']: accepted.join(', ') },
	});
}

const BEARER_REALM = 'Bearer realm="margo-mock"';

/** The client the bearer token was issued to, which must be the one in the path. */
export function authenticate(incoming: Incoming, state: MockState, pathClientId: string, now: number): ClientRecord | Response {
	const { request, instance } = incoming;
	const authorization = request.headers.get('authorization');
	const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
	if (!token) {
		observe(incoming, 'auth/bearer', false);
		return problemResponse('missing-token', {
			instance,
			detail: authorization
				? 'The Authorization header is not `Bearer <token>`.'
				: 'The request has no Authorization header; send `Authorization: Bearer <access_token>` from POST /token.',
			headers: { 'www-authenticate': BEARER_REALM },
		});
	}
	const record = state.tokens[token];
	const invalid = (detail: string) =>
		problemResponse('invalid-token', {
			instance,
			detail,
			headers: { 'www-authenticate': `${BEARER_REALM}, error="invalid_token", error_description="${detail.replace(/"/g, "'")}"` },
		});
	if (!record) observe(incoming, 'auth/bearer', false);
	if (!record)
		return invalid('The access token was not issued by this web service (or the mock was reset); request a new one from POST /token.');
	observe(incoming, 'auth/fresh-token', record.expiresAt > now);
	if (record.expiresAt <= now)
		return invalid(`The access token expired ${Math.round((now - record.expiresAt) / 1000)} s ago; request a new one from POST /token.`);
	observe(incoming, 'auth/bearer', record.clientId === pathClientId);
	if (record.clientId !== pathClientId) {
		return problemResponse('wrong-client', {
			instance,
			detail: `The access token was issued to client ${record.clientId}, not to ${pathClientId}.`,
		});
	}
	return revokedCheck(state.clients[record.clientId]!, instance);
}

function revokedCheck(client: ClientRecord, instance: string): ClientRecord | Response {
	if (!client.revoked) return client;
	return problemResponse('certificate-revoked', {
		instance,
		detail: `The certificate registered for client ${client.clientId} has been revoked.`,
	});
}

export async function checkDigest(incoming: Incoming, digest: CryptoProvider['digest']): Promise<Response | undefined> {
	const { request, body, instance } = incoming;
	const failure = await checkContentDigest(request.headers.get('content-digest'), body, digest);
	observe(incoming, 'signing/digest', !failure);
	if (!failure) return undefined;
	const kind: ProblemKind = failure.reason === 'mismatch' ? 'digest-mismatch' : 'invalid-digest';
	return problemResponse(kind, { instance, detail: failure.detail, extensions: { check: 'content-digest' } });
}

/**
 * Verifies the RFC 9421 signature with the key of the certificate the signer onboarded with.
 * `expectedClientId` is the client in the path; the token endpoint has none and accepts any
 * onboarded client, whose identity it then compares with the form's `client_id`.
 */
export async function checkSignature(
	incoming: Incoming,
	state: MockState,
	options: { expectedClientId?: string; now: number; maxAge: number; verifyKeys: VerifyKeys },
): Promise<{ client: ClientRecord; created: number } | Response> {
	const { request, instance } = incoming;
	const result = await verifyRequest(
		{ method: request.method, url: request.url, headers: request.headers },
		{
			now: Math.floor(options.now / 1000),
			maxAge: options.maxAge,
			resolveKey: async (keyid) => {
				const client = state.clients[keyid];
				if (!client || (options.expectedClientId !== undefined && keyid !== options.expectedClientId)) return undefined;
				return options.verifyKeys(client);
			},
		},
	);
	if (isSignatureFailure(result)) {
		observe(incoming, SIGNATURE_CHECKS[result.reason], false);
		const kind: ProblemKind = result.reason === 'stale' || result.reason === 'expired' ? 'stale-signature' : 'invalid-signature';
		return problemResponse(kind, { instance, detail: result.detail, extensions: { check: `signature/${result.reason}` } });
	}
	for (const check of new Set(Object.values(SIGNATURE_CHECKS))) observe(incoming, check, true);
	attribute(incoming, result.keyid);
	const client = revokedCheck(state.clients[result.keyid]!, instance);
	return client instanceof Response ? client : { client, created: result.created };
}

/** The check of the device's requirement that each reason of a refused signature breaks. */
const SIGNATURE_CHECKS: Record<SignatureFailure['reason'], CheckId> = {
	missing: 'signing/signature',
	malformed: 'signing/signature',
	signature: 'signing/signature',
	components: 'signing/components',
	created: 'signing/parameters',
	keyid: 'signing/parameters',
	algorithm: 'signing/algorithm',
	stale: 'signing/clock',
	expired: 'signing/clock',
};

/** The body as a value: JSON, or a form as an object of strings. */
export function parseBody({ body, instance }: Incoming, mediaType: string): { value: unknown } | Response {
	const text = new TextDecoder().decode(body);
	if (mediaType === 'application/x-www-form-urlencoded') {
		const form = new URLSearchParams(text);
		const value: Record<string, string> = {};
		const repeated = [...new Set([...form.keys()].filter((key, index, keys) => keys.indexOf(key) !== index))];
		if (repeated.length > 0) {
			return problemResponse('invalid-document', {
				instance,
				detail: 'A form field appears more than once.',
				errors: repeated.map((key) => ({ pointer: `/${key}`, detail: 'Send this field once.' })),
			});
		}
		for (const [key, field] of form) value[key] = field;
		return { value };
	}
	try {
		return { value: JSON.parse(text) };
	} catch (error) {
		return problemResponse('invalid-json', { instance, detail: `The body is not valid JSON: ${(error as Error).message}.` });
	}
}

/** Requirements more specific than the generic one of `invalid-document`, by document. */
const DOCUMENT_REQUIREMENTS: Record<string, string> = { DeviceCapabilities: 'REQ-CAP-010' };

export async function validateBody(
	incoming: Incoming,
	operation: CompiledOperation,
	mediaType: string,
	value: unknown,
): Promise<Response | undefined> {
	const { name, validate } = operation.validators[mediaType]!;
	const errors = await validate(value);
	for (const { check, passed } of documentObservations(operation.operationId, errors)) observe(incoming, check, passed);
	if (errors.length === 0) return undefined;
	const count = `${errors.length} field${errors.length === 1 ? '' : 's'}`;
	return problemResponse('invalid-document', {
		instance: incoming.instance,
		detail: `${count} of the ${name} document ${errors.length === 1 ? 'is' : 'are'} invalid.`,
		errors,
		...(DOCUMENT_REQUIREMENTS[name] ? { extensions: { requirement: DOCUMENT_REQUIREMENTS[name] } } : {}),
	});
}

import { problemBuilder, type ProblemDocument as BuilderDocument, type ValidationError } from './problem-builder.ts';

/**
 * Every error the mock answers with is an RFC 9457 problem details document
 * (`application/problem+json`). Each kind of error has one row in {@link PROBLEM_TYPES}: its
 * `type` URI, title and status, and the normative requirement the failing request broke (the
 * device's own requirement where the specification states one, else the rule under which the
 * service refuses), sent as the `requirement` member. A call site that knows better passes
 * `extensions: { requirement }`. `npm test` and the build check that every ID cited here exists.
 * The documents are built by `problem-builder.ts`, as the generic mock's are.
 */

/** Problem type URIs share the prefix the API document's examples use. */
export const PROBLEM_TYPE_BASE = 'https://wfm.example.com/problems/';

export interface ProblemType {
	status: number;
	title: string;
	/** ID of the specification requirement this check enforces, added as the `requirement` member. */
	requirement?: string;
}

export const PROBLEM_TYPES = {
	'bad-request': { status: 400, title: 'Malformed request' },
	'not-found': { status: 404, title: 'Not found' },
	'method-not-allowed': { status: 405, title: 'Method not allowed' },
	'payload-too-large': { status: 413, title: 'Request body too large' },
	'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
	'invalid-json': { status: 400, title: 'Body is not valid JSON' },
	'invalid-document': { status: 400, title: 'The document does not match its schema', requirement: 'REQ-MGI-009' },
	'invalid-certificate': { status: 400, title: 'Invalid certificate', requirement: 'REQ-ONB-004' },
	'device-not-accepted': { status: 403, title: 'Device not accepted', requirement: 'REQ-ONB-011' },
	'invalid-client': { status: 401, title: 'Client authentication failed', requirement: 'REQ-SEC-001' },
	'missing-token': { status: 401, title: 'Access token missing', requirement: 'REQ-SEC-003' },
	'invalid-token': { status: 401, title: 'Access token not valid', requirement: 'REQ-SEC-003' },
	'wrong-client': { status: 403, title: 'Token issued to another client', requirement: 'REQ-MGI-010' },
	'certificate-revoked': { status: 403, title: 'Device certificate revoked', requirement: 'REQ-SEC-015' },
	'invalid-digest': { status: 400, title: 'Content digest missing or malformed', requirement: 'REQ-SEC-006' },
	'digest-mismatch': { status: 400, title: 'Content digest does not match', requirement: 'REQ-SEC-006' },
	'invalid-signature': { status: 401, title: 'Signature verification failed', requirement: 'REQ-SEC-007' },
	'stale-signature': { status: 401, title: 'Signature too old or from the future', requirement: 'REQ-SEC-017' },
	// No requirement forbids a replay inside the window; REQ-SEC-017 (limit the replay of captured requests) is the closest.
	'replayed-signature': { status: 401, title: 'Signed request replayed', requirement: 'REQ-SEC-017' },
	'deployment-not-found': { status: 404, title: 'Deployment not found' },
	'client-not-found': { status: 404, title: 'Client not found' },
	'not-implemented': { status: 501, title: 'Not implemented by the mock' },
} as const satisfies Record<string, ProblemType>;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

/** One failing field of a request document (RFC 9457 §3's example extension, as the API defines it). */
export interface FieldError extends ValidationError {
	/** JSON pointer (RFC 6901) into the request body. */
	pointer: string;
}

export type ProblemDocument = BuilderDocument<FieldError>;

const builder = problemBuilder<ProblemKind, FieldError>(PROBLEM_TYPES, (kind) => PROBLEM_TYPE_BASE + kind);

/** The problem details document of one occurrence of a kind of error. */
export const problemDocument = builder.document;

/** A problem details response. */
export const problemResponse = builder.response;

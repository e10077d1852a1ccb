import { problemBuilder, type ProblemOptions, type ValidationError } from '../core/problem-builder.ts';

/**
 * The generic mock's errors: RFC 9457 problem details built as the management API mock's are
 * (`core/problem-builder.ts`), so a client handles both alike. Its kinds differ (no signatures,
 * no state), hence its own small catalogue. The `type` of each is a URI of this site,
 * `<base>problems/<kind>`, never one of the mocked document's own hosts: the mock, not the
 * document's authors, defines these kinds.
 */
const GENERIC_PROBLEMS = {
	'unknown-document': { status: 404, title: 'No such API document' },
	'not-found': { status: 404, title: 'Not found' },
	'method-not-allowed': { status: 405, title: 'Method not allowed' },
	'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
	'invalid-json': { status: 400, title: 'Body is not valid JSON' },
	'invalid-request': { status: 400, title: 'The request does not match the API description' },
	'unknown-preference': { status: 400, title: 'The Prefer header names nothing the operation documents' },
} as const;

type GenericProblemKind = keyof typeof GENERIC_PROBLEMS;

/** One failing part of a request (a body field or a parameter). */
export type RequestError = ValidationError;

type GenericProblemOptions = ProblemOptions<RequestError>;

/** Answers a problem of one kind. */
export type GenericProblem = (kind: GenericProblemKind, options: GenericProblemOptions) => Response;

/** The generic mock's problem responses for a site whose base path is `base` (with its trailing slash). */
export function genericProblems(base: string): GenericProblem {
	return problemBuilder<GenericProblemKind, RequestError>(GENERIC_PROBLEMS, (kind) => `${base}problems/${kind}`).response;
}

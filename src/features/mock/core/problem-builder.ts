import { jsonResponse } from './json-response.ts';

/**
 * The one builder of RFC 9457 problem details for both mocks: the management API's
 * (`problem-details.ts`, stateful, citing requirements) and the generic mock of every other
 * document (`generic/problems.ts`). Each keeps its own catalogue of kinds, since their errors
 * differ, but a client reads the same members from both: `type`, `title`, `status`, `detail`,
 * `instance`, `errors[]` for a request that does not match its schema, then extension members.
 */

/** One kind of error: its status and title, and the requirement a failing request broke, if any. */
export interface ProblemKindSpec {
	status: number;
	title: string;
	/** ID of the specification requirement the check enforces, sent as the `requirement` member. */
	requirement?: string;
}

/**
 * One failing part of a request. A body field has a JSON `pointer` (RFC 6901) into the body; a
 * parameter names itself and where it is sent (`in`), with a `pointer` into its value when the
 * failure is inside it (an array item).
 */
export interface ValidationError {
	detail: string;
	pointer?: string;
	in?: 'path' | 'query' | 'header' | 'cookie' | 'body';
	parameter?: string;
}

export interface ProblemOptions<E extends ValidationError = ValidationError> {
	detail: string;
	/** The request path (and query) the problem occurred at. */
	instance: string;
	errors?: readonly E[];
	/** Further extension members, e.g. `check` (which verification failed) or OAuth's `error`. */
	extensions?: Record<string, unknown>;
	/** Headers of the response beside its content type, e.g. `allow`. */
	headers?: Record<string, string>;
}

export interface ProblemDocument<E extends ValidationError = ValidationError> {
	type: string;
	title: string;
	status: number;
	detail: string;
	instance: string;
	errors?: readonly E[];
	requirement?: string;
	[extension: string]: unknown;
}

export interface ProblemBuilder<K extends string, E extends ValidationError = ValidationError> {
	/** The problem details document of one occurrence of a kind of error. */
	document(kind: K, options: ProblemOptions<E>): ProblemDocument<E>;
	/** The same, as an `application/problem+json` response with the kind's status. */
	response(kind: K, options: ProblemOptions<E>): Response;
}

/**
 * A builder over one catalogue of kinds; `typeOf` gives each kind's `type` URI. Extension
 * members come last, so a call site that knows a more precise `requirement` names it.
 */
export function problemBuilder<K extends string, E extends ValidationError = ValidationError>(
	catalogue: Readonly<Record<K, ProblemKindSpec>>,
	typeOf: (kind: K) => string,
): ProblemBuilder<K, E> {
	const document = (kind: K, options: ProblemOptions<E>): ProblemDocument<E> => {
		const spec: ProblemKindSpec = catalogue[kind];
		return {
			type: typeOf(kind),
			title: spec.title,
			status: spec.status,
			detail: options.detail,
			instance: options.instance,
			...(options.errors ? { errors: options.errors } : {}),
			...(spec.requirement ? { requirement: spec.requirement } : {}),
			...options.extensions,
		};
	};
	return {
		document,
		response(kind, options) {
			const body = document(kind, options);
			return jsonResponse(body, { status: body.status, headers: { 'content-type': 'application/problem+json', ...options.headers } });
		},
	};
}

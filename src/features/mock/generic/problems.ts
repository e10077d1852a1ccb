import { jsonResponse } from '../core/json-response.ts';
import { PROBLEM_TYPE_BASE } from '../core/problem-details.ts';

/**
 * The generic mock's errors: RFC 9457 problem details in the same shape as the management API
 * mock's (`type`, `title`, `status`, `detail`, `instance`, `errors[]`), so a client handles both
 * alike. Its kinds differ (no signatures, no state), hence its own small catalogue.
 */
export const GENERIC_PROBLEMS = {
	'unknown-document': { status: 404, title: 'No such API document' },
	'not-found': { status: 404, title: 'Not found' },
	'method-not-allowed': { status: 405, title: 'Method not allowed' },
	'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
	'invalid-json': { status: 400, title: 'Body is not valid JSON' },
	'invalid-request': { status: 400, title: 'The request does not match the API description' },
	'unknown-preference': { status: 400, title: 'The Prefer header names nothing the operation documents' },
} as const;

export type GenericProblemKind = keyof typeof GENERIC_PROBLEMS;

/**
 * One failing part of a request. A body field has a JSON `pointer` into the body (as in the
 * management mock); a parameter names itself and where it is sent (`in`), with a `pointer` into
 * its value when the failure is inside it (an array item).
 */
export interface RequestError {
	detail: string;
	pointer?: string;
	in?: 'path' | 'query' | 'header' | 'cookie' | 'body';
	parameter?: string;
}

export interface GenericProblemOptions {
	detail: string;
	instance: string;
	errors?: RequestError[];
	extensions?: Record<string, unknown>;
	headers?: Record<string, string>;
}

/** A problem details response of one kind. */
export function genericProblem(kind: GenericProblemKind, options: GenericProblemOptions): Response {
	const { status, title } = GENERIC_PROBLEMS[kind];
	const document = {
		type: `${PROBLEM_TYPE_BASE}${kind}`,
		title,
		status,
		detail: options.detail,
		instance: options.instance,
		...(options.errors ? { errors: options.errors } : {}),
		...options.extensions,
	};
	return jsonResponse(document, { status, headers: { 'content-type': 'application/problem+json', ...options.headers } });
}

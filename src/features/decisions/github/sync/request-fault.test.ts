import { expect, test } from 'vitest';
import { toRequestFault } from './request-fault.ts';

const request = 'GET https://api.github.com/repos/margo/specification/issues/42';
/** The fields of Octokit's RequestError the classification reads. */
const httpError = (status: number, headers: Record<string, string> = {}, message = '') =>
	Object.assign(new Error(message), { status, response: { headers } });

test('names a secondary rate limit and how long to wait', () => {
	const fault = toRequestFault(httpError(429, { 'retry-after': '60' }), request, false, 1000);
	expect([fault.kind, fault.message, fault.hint]).toEqual([
		'rate-limited',
		'GitHub asks to slow down (429, secondary rate limit); retry after 60 seconds',
		'wait that long and run the sync again',
	]);
});

test('tells a plain 403 from a spent rate limit', () => {
	expect(
		toRequestFault(httpError(403, { 'x-ratelimit-remaining': '12' }, 'Resource not accessible by integration'), request, false, 1000),
	).toMatchObject({
		kind: 'forbidden',
		message: 'GitHub answered 403 Forbidden: Resource not accessible by integration',
	});
	expect(toRequestFault(httpError(403, { 'x-ratelimit-remaining': '0' }), request, false, 1000).message).toBe(
		"GitHub's API rate limit is used up (403, x-ratelimit-remaining: 0); GitHub did not say when it resets",
	);
});

test('reports a timeout as a timeout, whatever error the abort raised', () => {
	expect(toRequestFault(new Error('This operation was aborted'), request, true, 250)).toMatchObject({
		kind: 'timeout',
		message: 'no answer within 250 ms',
		request,
	});
});

test('reports a server error with its status', () => {
	expect(toRequestFault(httpError(502, {}, 'Bad Gateway'), request, false, 1000)).toMatchObject({
		kind: 'http',
		message: 'GitHub answered 502: Bad Gateway',
	});
});

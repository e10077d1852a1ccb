import { expect, test } from 'vitest';
import { PROBLEM_TYPE_BASE, PROBLEM_TYPES, problemDocument, problemResponse } from './problem-details.ts';

test('gives every kind of error its own type URI, a title and an error status', () => {
	for (const [kind, type] of Object.entries(PROBLEM_TYPES)) {
		expect(type.status, kind).toBeGreaterThanOrEqual(400);
		expect(type.title, kind).not.toBe('');
		expect(kind, kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
	}
});

test('builds an RFC 9457 document with the field errors and extension members given', async () => {
	const response = problemResponse('invalid-document', {
		instance: '/api/v1/onboarding',
		detail: '1 field of the OnboardingRequest document is invalid.',
		errors: [{ pointer: '/kind', detail: 'This required field is missing.' }],
		headers: { 'x-extra': '1' },
	});
	expect(response.status).toBe(400);
	expect(response.headers.get('content-type')).toBe('application/problem+json');
	expect(response.headers.get('x-extra')).toBe('1');
	expect(await response.json()).toEqual({
		type: `${PROBLEM_TYPE_BASE}invalid-document`,
		title: 'The document does not match its schema',
		status: 400,
		detail: '1 field of the OnboardingRequest document is invalid.',
		instance: '/api/v1/onboarding',
		errors: [{ pointer: '/kind', detail: 'This required field is missing.' }],
		requirement: 'REQ-MGI-009',
	});
});

test('cites the requirement a kind of error enforces, unless the call site names a more precise one', () => {
	expect(problemDocument('digest-mismatch', { instance: '/x', detail: 'd' })).toMatchObject({ requirement: 'REQ-SEC-006', status: 400 });
	expect(problemDocument('invalid-document', { instance: '/x', detail: 'd', extensions: { requirement: 'REQ-STS-002' } })).toMatchObject({
		requirement: 'REQ-STS-002',
	});
	expect(problemDocument('not-found', { instance: '/x', detail: 'd' })).not.toHaveProperty('requirement');
});

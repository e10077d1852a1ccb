import { expect, test } from 'vitest';
import { LIFECYCLE, STATUSES, invalidTransitions } from './lifecycle.ts';

test('accepts the usual path from draft through review to approval and supersession', () => {
	expect(invalidTransitions(['draft', 'open', 'final-review', 'approved', 'superseded'])).toEqual([]);
});

test('lets final review go back to open review after the proposal changes', () => {
	expect(invalidTransitions(['open', 'final-review', 'open', 'final-review', 'rejected'])).toEqual([]);
});

test('rejects a tracker that starts already decided', () => {
	expect(invalidTransitions(['approved'])).toEqual([{ index: 0, from: null, to: 'approved' }]);
});

test('rejects skipping review and leaving a final status', () => {
	expect(invalidTransitions(['draft', 'approved', 'open'])).toEqual([
		{ index: 1, from: 'draft', to: 'approved' },
		{ index: 2, from: 'approved', to: 'open' },
	]);
	expect(invalidTransitions(['open', 'withdrawn', 'open'])).toEqual([{ index: 2, from: 'withdrawn', to: 'open' }]);
});

test('gives every status a one-line meaning and only known next statuses', () => {
	for (const status of STATUSES) {
		expect(LIFECYCLE[status].meaning).toMatch(/^[A-Z].*\.$/);
		expect(LIFECYCLE[status].meaning).not.toContain('\n');
		for (const next of LIFECYCLE[status].next) expect(STATUSES).toContain(next);
	}
});

test('awaits responses only while open or in final review', () => {
	expect(STATUSES.filter((s) => LIFECYCLE[s].awaitingResponses)).toEqual(['open', 'final-review']);
});

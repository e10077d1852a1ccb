import { expect, test } from 'vitest';
import { issueStateWarning } from './issue-state.ts';

test('warns when the issue is closed while the tracker is still open', () => {
	expect(issueStateWarning('open', { number: 43, state: 'closed' })).toBe(
		'Issue #43 is closed on GitHub, but this tracker is still open for review: record the outcome in the tracker, or reopen the issue.',
	);
	expect(issueStateWarning('draft', { number: 43, state: 'closed' })).toContain('still draft');
});

test('warns when the tracker is decided while the issue is still open', () => {
	expect(issueStateWarning('approved', { number: 42, state: 'open' })).toBe(
		"This tracker is approved, but issue #42 is still open on GitHub: close the issue, or correct the tracker's status.",
	);
});

test('says nothing when they agree', () => {
	expect(issueStateWarning('final-review', { number: 42, state: 'open' })).toBeUndefined();
	expect(issueStateWarning('rejected', { number: 42, state: 'closed' })).toBeUndefined();
	expect(issueStateWarning('draft', { number: 42, state: 'open' })).toBeUndefined();
});

import { expect, test } from 'vitest';
import { approverReviews, standingReview } from './reviews.ts';
import type { PullSnapshot, Review } from './snapshot.ts';

let next = 1;
function review(author: string, state: Review['state'], submittedAt: string | null, body = ''): Review {
	const id = next++;
	return { id, author, state, submittedAt, body, url: `https://github.com/o/r/pull/919#pullrequestreview-${id}` };
}

const pull = (number: number, reviews: Review[]): PullSnapshot => ({
	$comment: '',
	repository: 'o/r',
	pullRequest: { number, title: 'PR', state: 'open', merged: false, url: `https://github.com/o/r/pull/${number}` },
	reviews,
});

test('keeps the latest approval or change request over a later plain comment', () => {
	const approval = review('ada', 'APPROVED', '2024-08-23T09:00:00Z');
	expect(
		standingReview([
			review('ada', 'COMMENTED', '2024-08-22T09:00:00Z'),
			approval,
			review('ada', 'COMMENTED', '2024-08-28T09:00:00Z', 'nit'),
		]),
	).toBe(approval);
	const change = review('ada', 'CHANGES_REQUESTED', '2024-08-29T09:00:00Z');
	expect(standingReview([approval, change])).toBe(change);
});

test('does not count dismissed or pending reviews', () => {
	const comment = review('ivan', 'COMMENTED', '2024-08-20T09:00:00Z');
	expect(standingReview([comment, review('ivan', 'DISMISSED', '2024-08-25T09:00:00Z')])).toBe(comment);
	expect(standingReview([review('irene', 'PENDING', null)])).toBeUndefined();
	expect(standingReview([review('ivan', 'DISMISSED', '2024-08-25T09:00:00Z')])).toBeUndefined();
});

test("gives each approver's standing review per pull request, matching GitHub IDs case-insensitively", () => {
	const approvers = [
		{ id: 'ada', name: 'Ada', github: 'Ada-Lovelace' },
		{ id: 'grace', name: 'Grace', github: 'gracehopper' },
	];
	const result = approverReviews(
		[
			pull(920, [review('gracehopper', 'APPROVED', '2024-09-01T09:00:00Z')]),
			pull(919, [
				review('gracehopper', 'CHANGES_REQUESTED', '2024-08-24T09:00:00Z', 'Please split the retry section.'),
				review('ada-lovelace', 'APPROVED', '2024-08-23T09:00:00Z'),
				review('mallory', 'APPROVED', '2024-08-23T09:00:00Z'),
			]),
		],
		approvers,
	);
	expect(result.map((r) => `${r.approver}: ${r.label} (${r.date})${r.body ? `: ${r.body}` : ''}`)).toEqual([
		'ada: approved #919 (2024-08-23)',
		'grace: changes requested on #919 (2024-08-24): Please split the retry section.',
		'grace: approved #920 (2024-09-01)',
	]);
});

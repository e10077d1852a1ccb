import type { Approver } from '../approval-rule.ts';
import { approversByLogin } from './resolve-commands.ts';
import { compare, type PullSnapshot, type Review } from './snapshot.ts';

export type CountedState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';

/** An approver's standing review of one linked pull request. */
export interface ApproverReview {
	approver: string;
	login: string;
	pullRequest: number;
	state: CountedState;
	/** `approved #919`, `changes requested on #919`, `commented on #919`. */
	label: string;
	/** `YYYY-MM-DD` (UTC) the review was submitted. */
	date: string;
	url: string;
	/** The review's text (Markdown, untrusted); may be empty. */
	body: string;
}

const LABEL: Record<CountedState, string> = {
	APPROVED: 'approved',
	CHANGES_REQUESTED: 'changes requested on',
	COMMENTED: 'commented on',
};

const opinionated = (r: Review) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED';

/**
 * The review that stands for a reviewer of a pull request: dismissed and pending reviews do not
 * count; a later plain comment does not take back an approval or a change request (as on GitHub,
 * whose `latestOpinionatedReviews` is the same rule), so the latest approval or change request
 * stands, else the latest comment.
 */
export function standingReview(reviews: readonly Review[]): Review | undefined {
	const counted = reviews
		.filter((r): r is Review & { submittedAt: string } => r.submittedAt !== null && (opinionated(r) || r.state === 'COMMENTED'))
		.sort((a, b) => compare(a.submittedAt, b.submittedAt) || a.id - b.id);
	return counted.filter(opinionated).at(-1) ?? counted.at(-1);
}

/**
 * Each approver's standing review of each pull request, by pull request then approver. They are
 * shown beside the tracker responses and never count as one: a pull request carries many
 * decisions. Reviews by people who are not approvers are left out.
 */
export function approverReviews(pulls: readonly PullSnapshot[], approvers: Iterable<Approver>): ApproverReview[] {
	const byLogin = approversByLogin(approvers);
	return [...pulls]
		.sort((a, b) => a.pullRequest.number - b.pullRequest.number)
		.flatMap(({ pullRequest, reviews }) => {
			// Grouped by approver, not by login: a look-alike login (no ASCII key) has none.
			const byApprover = Map.groupBy(reviews, (r) => byLogin(r.author));
			return [...byApprover].flatMap(([approver, theirs]) => {
				const review = approver && standingReview(theirs);
				if (!approver || !review?.submittedAt) return [];
				const state = review.state as CountedState;
				return [
					{
						approver: approver.id,
						login: review.author,
						pullRequest: pullRequest.number,
						state,
						label: `${LABEL[state]} #${pullRequest.number}`,
						date: new Date(review.submittedAt).toISOString().slice(0, 10),
						url: review.url,
						body: review.body.trim(),
					},
				];
			});
		})
		.sort((a, b) => a.pullRequest - b.pullRequest || a.approver.localeCompare(b.approver));
}

/**
 * The life of a decision tracker. Authors set `status` by hand and record each change as a dated
 * timeline entry; the checks hold the two together and allow only the moves listed here, so the
 * status history shown on the site (and in the feed) is one a reviewer can follow.
 */
export const STATUSES = ['draft', 'open', 'final-review', 'approved', 'rejected', 'withdrawn', 'superseded'] as const;

export type Status = (typeof STATUSES)[number];

export interface StatusInfo {
	label: string;
	/** One line shown beside the status on the site. */
	meaning: string;
	/** Whether member vendors are being asked to respond (the deadline counts down). */
	awaitingResponses: boolean;
	/** Statuses this one may move to. */
	next: readonly Status[];
}

export const LIFECYCLE: Record<Status, StatusInfo> = {
	draft: {
		label: 'Draft',
		meaning: 'Being written; approvers are not asked to respond yet.',
		awaitingResponses: false,
		next: ['open', 'withdrawn'],
	},
	open: {
		label: 'Open for review',
		meaning: 'Every member vendor is asked to approve, reject with reasons, or abstain before the deadline.',
		awaitingResponses: true,
		next: ['final-review', 'approved', 'rejected', 'withdrawn'],
	},
	'final-review': {
		label: 'Final review',
		meaning: 'A resolution is proposed; the vendors that have not answered have until the deadline to do so.',
		awaitingResponses: true,
		next: ['open', 'approved', 'rejected', 'withdrawn'],
	},
	approved: {
		label: 'Approved',
		meaning: 'The approval rule is met; the resolution is what the specification text follows.',
		awaitingResponses: false,
		next: ['superseded'],
	},
	rejected: {
		label: 'Rejected',
		meaning: 'At least one vendor rejected with reasons and the proposal was not adopted.',
		awaitingResponses: false,
		next: ['open', 'superseded'],
	},
	withdrawn: {
		label: 'Withdrawn',
		meaning: 'Its authors withdrew it before a decision; the specification does not change.',
		awaitingResponses: false,
		next: [],
	},
	superseded: {
		label: 'Superseded',
		meaning: 'A later tracker replaced this decision; follow the link to it.',
		awaitingResponses: false,
		next: [],
	},
};

/** Statuses a tracker may start in: it is written first, or filed ready for review. */
export const FIRST_STATUSES: readonly Status[] = ['draft', 'open'];

export interface InvalidTransition {
	/** Index in the sequence of the status that could not be reached. */
	index: number;
	from: Status | null;
	to: Status;
}

/** The moves in a status history that the lifecycle does not allow. */
export function invalidTransitions(history: readonly Status[]): InvalidTransition[] {
	const invalid: InvalidTransition[] = [];
	history.forEach((to, index) => {
		const from = index === 0 ? null : (history[index - 1] ?? null);
		const allowed = from === null ? FIRST_STATUSES : LIFECYCLE[from].next;
		if (!allowed.includes(to)) invalid.push({ index, from, to });
	});
	return invalid;
}

import { z } from 'astro/zod';

/**
 * The committed copy of what GitHub says about the decision trackers, under
 * `content/decisions/github/`: one file per tracker (`dt-002.json`: its issue and the comments
 * that carry a command) and one per linked pull request (`pull-919.json`: its reviews; one pull
 * request carries many decisions, so its reviews are stored once). The build reads only these
 * files, never GitHub, so builds stay offline and reproducible; `npm run decisions:sync` writes
 * them. Only facts are stored (who wrote what, when): which comment counts for which approver is
 * decided at build time against `content/approvers.yaml`, so adding a GitHub ID there needs no
 * new sync.
 */

export const SNAPSHOT_FOLDER = 'content/decisions/github';

/** Code-point order, the same on every machine (`localeCompare` puts `~` before digits). */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const NOTICE = 'Written by `npm run decisions:sync` from GitHub. Do not edit: the next sync overwrites it.';

const isoDateTime = z.iso.datetime({ offset: true });

const commandCommentSchema = z.strictObject({
	id: z.int().positive(),
	/** GitHub login as GitHub spells it; `ghost` for a deleted account. */
	author: z.string().min(1),
	url: z.url(),
	createdAt: isoDateTime,
	/** Differs from `createdAt` once the comment was edited. */
	updatedAt: isoDateTime,
	/** The comment as written (Markdown, untrusted). */
	body: z.string(),
});

export const trackerSnapshotSchema = z.strictObject({
	$comment: z.string(),
	tracker: z.string(),
	repository: z.string(),
	issue: z.strictObject({
		number: z.int().positive(),
		title: z.string(),
		state: z.enum(['open', 'closed']),
		url: z.url(),
		labels: z.array(z.string()),
		createdAt: isoDateTime,
		closedAt: isoDateTime.nullable(),
	}),
	/** Comments whose first line is a command, by anyone, oldest first. */
	commands: z.array(commandCommentSchema),
});

export const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'] as const;

const reviewSchema = z.strictObject({
	id: z.int().positive(),
	author: z.string().min(1),
	state: z.enum(REVIEW_STATES),
	url: z.url(),
	/** `null` for a review not yet submitted (`PENDING`). */
	submittedAt: isoDateTime.nullable(),
	body: z.string(),
});

export const pullSnapshotSchema = z.strictObject({
	$comment: z.string(),
	repository: z.string(),
	pullRequest: z.strictObject({
		number: z.int().positive(),
		title: z.string(),
		state: z.enum(['open', 'closed']),
		merged: z.boolean(),
		url: z.url(),
	}),
	/** Every review, oldest first; which ones count is decided at build time. */
	reviews: z.array(reviewSchema),
});

export type CommandComment = z.output<typeof commandCommentSchema>;
export type TrackerSnapshot = z.output<typeof trackerSnapshotSchema>;
export type Review = z.output<typeof reviewSchema>;
export type PullSnapshot = z.output<typeof pullSnapshotSchema>;

/** `content/decisions/github/dt-002.json` */
export const trackerSnapshotFile = (trackerId: string) => `${SNAPSHOT_FOLDER}/${trackerId.toLowerCase()}.json`;
/** `content/decisions/github/pull-919.json` */
export const pullSnapshotFile = (pull: number) => `${SNAPSHOT_FOLDER}/pull-${pull}.json`;
/** Names the sync owns in the folder; others are left alone. */
export const SNAPSHOT_NAME = /^(?:dt-\d{3,}|pull-\d+|sup-pull-\d+)\.json$/;
/** Files of other features in the snapshot (the SUPs' pull requests), written by the same sync. */
export const isOtherSnapshot = (name: string) => name.startsWith('sup-');

/**
 * A tracker's snapshot with its keys in one fixed order and its comments sorted, so that a
 * sync with nothing new writes the same bytes.
 */
export function trackerSnapshot(
	tracker: string,
	repository: string,
	issue: TrackerSnapshot['issue'],
	commands: readonly CommandComment[],
): TrackerSnapshot {
	const { number, title, state, url, labels, createdAt, closedAt } = issue;
	return {
		$comment: NOTICE,
		tracker,
		repository,
		issue: { number, title, state, url, labels: [...labels].sort(), createdAt, closedAt },
		commands: [...commands]
			.sort((a, b) => compare(a.createdAt, b.createdAt) || a.id - b.id)
			.map(({ id, author, url, createdAt, updatedAt, body }) => ({ id, author, url, createdAt, updatedAt, body })),
	};
}

/** A pull request's snapshot, in a fixed key order with its reviews sorted. */
export function pullSnapshot(repository: string, pullRequest: PullSnapshot['pullRequest'], reviews: readonly Review[]): PullSnapshot {
	const { number, title, state, merged, url } = pullRequest;
	return {
		$comment: NOTICE,
		repository,
		pullRequest: { number, title, state, merged, url },
		reviews: [...reviews]
			// Pending reviews (not submitted) last.
			.sort((a, b) => compare(a.submittedAt ?? '~', b.submittedAt ?? '~') || a.id - b.id)
			.map(({ id, author, state, url, submittedAt, body }) => ({ id, author, state, url, submittedAt, body })),
	};
}

/** The file's text: tab-indented JSON ending with a newline. */
export const snapshotText = (snapshot: TrackerSnapshot | PullSnapshot) => `${JSON.stringify(snapshot, null, '\t')}\n`;

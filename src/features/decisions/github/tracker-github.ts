import type { Approver, ApproverResponse } from '../approval-rule.ts';
import { LIFECYCLE, type Status } from '../lifecycle.ts';
import { mergeResponses, type MergedResponse } from './merge-responses.ts';
import { resolveCommands, type CommandProblem, type IgnoredCommand } from './resolve-commands.ts';
import { approverReviews, type ApproverReview } from './reviews.ts';
import type { PullSnapshot, TrackerSnapshot } from './snapshot.ts';

/** The committed snapshot as the build reads it: trackers by id, pull requests by number. */
export interface GitHubSnapshots {
	trackers: ReadonlyMap<string, TrackerSnapshot>;
	pulls: ReadonlyMap<number, PullSnapshot>;
}

/** What a tracker page shows of its GitHub issue. */
export interface TrackerGitHub {
	issue: number;
	/** The issue's address, from the snapshot; `undefined` until the first sync. */
	url: string | undefined;
	state: 'open' | 'closed' | undefined;
	/** Whether the snapshot holds this issue (false until `npm run decisions:sync` ran for it). */
	synced: boolean;
	/** Commands by people who are not approvers. */
	ignored: IgnoredCommand[];
	/** Commands that did not count, e.g. `/reject` without reasons. */
	problems: CommandProblem[];
	/** The issue's state disagrees with the tracker's status. */
	warning: string | undefined;
}

export interface TrackerResponses {
	/** File and GitHub responses merged: what the rule, the matrix and the exports count. */
	responses: MergedResponse[];
	github: TrackerGitHub | undefined;
	/** Approvers' standing reviews of the linked pull requests; never counted as responses. */
	reviews: ApproverReview[];
}

interface TrackerFacts {
	id: string;
	status: Status;
	issue?: number | undefined;
	pullRequests: readonly number[];
	responses: readonly ApproverResponse[];
}

/**
 * A tracker's responses from its file and from its GitHub issue, and the reviews of its pull
 * requests, read from the snapshot. A snapshot of another issue (the tracker's `issue:` changed
 * since the last sync) is not used.
 */
export function trackerResponses(
	tracker: TrackerFacts,
	approvers: readonly Approver[],
	snapshots: GitHubSnapshots | undefined,
): TrackerResponses {
	const snapshot = snapshots?.trackers.get(tracker.id);
	const current = snapshot && snapshot.issue.number === tracker.issue ? snapshot : undefined;
	const resolved = current ? resolveCommands(current.commands, approvers) : { responses: [], ignored: [], problems: [] };
	const pulls = tracker.pullRequests.flatMap((n) => {
		const pull = snapshots?.pulls.get(n);
		return pull ? [pull] : [];
	});
	return {
		responses: mergeResponses(tracker.responses, resolved.responses),
		github:
			tracker.issue === undefined
				? undefined
				: {
						issue: tracker.issue,
						url: current?.issue.url,
						state: current?.issue.state,
						synced: current !== undefined,
						ignored: resolved.ignored,
						problems: resolved.problems,
						warning: current ? issueStateWarning(tracker.status, current.issue) : undefined,
					},
		reviews: approverReviews(pulls, approvers),
	};
}

/**
 * A warning when a tracker and its GitHub issue disagree: the issue was closed while the tracker
 * still awaits responses (or is a draft), or the tracker is decided while its issue is still
 * open. `undefined` when they agree. The tracker file is what the site follows; the warning asks
 * a maintainer to bring the two together.
 */
export function issueStateWarning(status: Status, issue: { number: number; state: 'open' | 'closed' }): string | undefined {
	const settled = status !== 'draft' && !LIFECYCLE[status].awaitingResponses;
	if (issue.state === 'closed' && !settled) {
		return `Issue #${issue.number} is closed on GitHub, but this tracker is still ${LIFECYCLE[status].label.toLowerCase()}: record the outcome in the tracker, or reopen the issue.`;
	}
	if (issue.state === 'open' && settled) {
		return `This tracker is ${LIFECYCLE[status].label.toLowerCase()}, but issue #${issue.number} is still open on GitHub: close the issue, or correct the tracker's status.`;
	}
	return undefined;
}

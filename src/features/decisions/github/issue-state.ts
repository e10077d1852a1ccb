import { LIFECYCLE, type Status } from '../lifecycle.ts';

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

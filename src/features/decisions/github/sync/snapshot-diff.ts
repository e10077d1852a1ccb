import { parseCommand } from '../commands.ts';
import type { CommandComment, PullSnapshot, Review, TrackerSnapshot } from '../snapshot.ts';

/**
 * What changed between a snapshot on disk and a fresh one, in short phrases for the sync's
 * output (and the pull request the scheduled sync opens): `2 new commands (@octo /approve, …)`.
 */

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const commandWord = (comment: CommandComment) => `/${parseCommand(comment.body)?.response ?? '?'}`;

function byId<T extends { id: number }>(items: readonly T[]): Map<number, T> {
	return new Map(items.map((item) => [item.id, item]));
}

function listed<T>(label: string, items: readonly T[], show: (item: T) => string): string[] {
	return items.length ? [`${plural(items.length, label)} (${items.map(show).join(', ')})`] : [];
}

/**
 * Changes to a tracker's issue and command comments; empty when nothing changed. `isApprover`
 * (by GitHub login) marks commands that will not count, so a reviewer of the sync sees it.
 */
export function trackerChanges(
	before: TrackerSnapshot | undefined,
	after: TrackerSnapshot,
	isApprover: (login: string) => boolean = () => true,
): string[] {
	const old = byId(before?.commands ?? []);
	const now = byId(after.commands);
	const added = after.commands.filter((c) => !old.has(c.id));
	const edited = after.commands.filter((c) => old.has(c.id) && old.get(c.id)?.updatedAt !== c.updatedAt);
	const gone = (before?.commands ?? []).filter((c) => !now.has(c.id));
	const show = (c: CommandComment) => `@${c.author} ${commandWord(c)}${isApprover(c.author) ? '' : ' (not an approver)'}`;
	const changes = [
		...listed('new command', added, show),
		...listed('edited command', edited, show),
		...listed('command removed', gone, show),
	];
	if (before && before.issue.number !== after.issue.number)
		changes.push(`now linked to issue #${after.issue.number} (was #${before.issue.number})`);
	else if (before?.issue.state && before.issue.state !== after.issue.state)
		changes.push(`issue ${after.issue.state === 'closed' ? 'closed' : 'reopened'}`);
	if (before && before.issue.title !== after.issue.title) changes.push('issue title changed');
	if (before && before.issue.labels.join() !== after.issue.labels.join())
		changes.push(`labels now ${after.issue.labels.join(', ') || '(none)'}`);
	return changes;
}

/** Changes to a pull request and its reviews; empty when nothing changed. */
export function pullChanges(before: PullSnapshot | undefined, after: PullSnapshot): string[] {
	const old = byId(before?.reviews ?? []);
	const added = after.reviews.filter((r) => !old.has(r.id));
	const changed = after.reviews.filter((r) => {
		const previous = old.get(r.id);
		return previous && (previous.state !== r.state || previous.body !== r.body);
	});
	const show = (r: Review) => `@${r.author} ${r.state}`;
	const changes = [...listed('new review', added, show), ...listed('changed review', changed, show)];
	const state = (p: PullSnapshot['pullRequest']) => (p.merged ? 'merged' : p.state);
	if (before && state(before.pullRequest) !== state(after.pullRequest)) changes.push(`pull request ${state(after.pullRequest)}`);
	if (before && before.pullRequest.title !== after.pullRequest.title) changes.push('pull request title changed');
	return changes;
}

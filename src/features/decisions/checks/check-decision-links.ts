import { evaluateApproval, organizationPositions } from '../approval-rule.ts';
import type { LoadedTracker } from './check-tracker.ts';
import { closestMatch } from '#shared/closest-match.ts';
import { nextFreeId } from '../scaffold.ts';
import type { OrganizationEntry } from '../schema.ts';
import type { Problem } from '#shared/problems.ts';
import type { SpecPage } from '#shared/node/docs-pages.ts';
import { trackerResponses, type GitHubSnapshots } from '../github/tracker-github.ts';

/**
 * Checks what ties the trackers to each other and to the rest of the site: unique ids, approvers
 * that exist, the approval rule behind an `approved` status, supersedes links written on both
 * sides, and `affects` entries that name an existing page and heading.
 *
 * `organizations` is `undefined` when the approvers file itself is broken; the checks that need
 * it are skipped then, since its own problems are already reported.
 */
export function checkDecisionLinks(
	trackers: readonly LoadedTracker[],
	organizations: readonly OrganizationEntry[] | undefined,
	pages: ReadonlyMap<string, SpecPage>,
	github?: GitHubSnapshots,
): Problem[] {
	const problems: Problem[] = [];
	const at = (tracker: LoadedTracker, path: (string | number)[]) => ({
		file: tracker.file,
		...tracker.source.locate(path),
		path: path.join('.'),
	});

	const byId = new Map<string, LoadedTracker>();
	const freeId = nextFreeId(trackers.map((t) => t.data.id));
	for (const tracker of trackers) {
		const first = byId.get(tracker.data.id);
		if (!first) {
			byId.set(tracker.data.id, tracker);
			continue;
		}
		problems.push({
			code: 'decision/duplicate-id',
			...at(tracker, ['id']),
			message: `id ${tracker.data.id} is already used by ${first.file}`,
			hint: `give this tracker the next free id (${freeId}); \`npm run new:decision\` picks it for new trackers`,
		});
	}

	for (const tracker of trackers) {
		const { data } = tracker;
		if (organizations) {
			const approverIds = organizations.flatMap((o) => o.approvers.map((a) => a.id));
			data.responses.forEach((response, i) => {
				if (approverIds.includes(response.approver)) return;
				const guess = closestMatch(response.approver, approverIds);
				problems.push({
					code: 'decision/unknown-approver',
					...at(tracker, ['responses', i, 'approver']),
					message: `\`${response.approver}\` is not an approver in content/approvers.yaml`,
					hint: guess ? `did you mean \`${guess}\`?` : 'add the person to content/approvers.yaml under their organization, or fix the id',
				});
			});
			// The rule counts responses given on GitHub too (the synced snapshot).
			const responses = trackerResponses(
				data,
				organizations.flatMap((o) => o.approvers),
				github,
			).responses;
			const verdict = evaluateApproval(organizationPositions(organizations, responses));
			if (data.status === 'approved' && !verdict.met) {
				const name = (id: string) => organizations.find((o) => o.id === id)?.name ?? id;
				const reasons = [
					verdict.awaiting.length ? `no response yet from ${verdict.awaiting.map(name).join(', ')}` : '',
					verdict.rejecting.length ? `rejected by ${verdict.rejecting.map(name).join(', ')}` : '',
					verdict.approving.length ? '' : 'no organization approves',
				].filter(Boolean);
				problems.push({
					code: 'decision/approval-rule-not-met',
					...at(tracker, ['status']),
					message: `status is \`approved\` but the approval rule is not met: ${reasons.join('; ')}`,
					hint: 'record the missing responses in `responses`, or keep the tracker `open` or in `final-review` until they come',
				});
			}
			if (data.status === 'rejected' && verdict.rejecting.length === 0) {
				problems.push({
					code: 'decision/rejected-without-rejection',
					...at(tracker, ['status']),
					message: 'status is `rejected` but no organization rejects',
					hint: 'record the rejection (with its reasoning) in `responses`, or choose `withdrawn`',
				});
			}
		}

		data.supersedes.forEach((id, i) => {
			const older = byId.get(id);
			if (!older) {
				problems.push(unknownTracker(at(tracker, ['supersedes', i]), id, byId.keys()));
			} else if (older.data.supersededBy !== data.id) {
				problems.push({
					code: 'decision/one-sided-supersedes',
					...at(tracker, ['supersedes', i]),
					message: `${data.id} supersedes ${id}, but ${id} does not name ${data.id} in \`supersededBy\``,
					hint: `add \`supersededBy: ${data.id}\` and \`status: superseded\` to ${older.file}`,
				});
			}
		});
		if (data.supersededBy) {
			const newer = byId.get(data.supersededBy);
			if (!newer) {
				problems.push(unknownTracker(at(tracker, ['supersededBy']), data.supersededBy, byId.keys()));
			} else if (!newer.data.supersedes.includes(data.id)) {
				problems.push({
					code: 'decision/one-sided-supersedes',
					...at(tracker, ['supersededBy']),
					message: `${data.id} is superseded by ${data.supersededBy}, but ${data.supersededBy} does not list ${data.id} in \`supersedes\``,
					hint: `add \`supersedes: [${data.id}]\` to ${newer.file}`,
				});
			}
		}

		data.affects.forEach((ref, i) => {
			const [slug = '', anchor] = ref.split('#');
			const page = pages.get(slug);
			if (!page) {
				const guess = closestMatch(slug, pages.keys());
				problems.push({
					code: 'decision/unknown-page',
					...at(tracker, ['affects', i]),
					message: `no page \`${slug}\` in content/docs`,
					hint: guess
						? `did you mean \`${guess}\`?`
						: 'name a page by its path under content/docs without `.md`, e.g. `specification/onboarding`',
				});
			} else if (anchor !== undefined && !page.anchors.includes(anchor)) {
				const guess = closestMatch(anchor, page.anchors);
				problems.push({
					code: 'decision/unknown-anchor',
					...at(tracker, ['affects', i]),
					message: `${page.file} has no heading with the anchor \`#${anchor}\``,
					hint: guess
						? `did you mean \`#${guess}\`?`
						: `its headings' anchors are ${page.anchors.map((a) => `\`#${a}\``).join(', ') || '(none)'}`,
				});
			}
		});
	}
	return problems;
}

function unknownTracker(where: Pick<Problem, 'file' | 'line' | 'column' | 'path'>, id: string, ids: Iterable<string>): Problem {
	const guess = closestMatch(id, ids);
	return {
		code: 'decision/unknown-tracker',
		...where,
		message: `no tracker has the id ${id}`,
		hint: guess ? `did you mean ${guess}?` : 'name an existing tracker id from content/decisions',
	};
}

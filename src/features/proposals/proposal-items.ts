import { trustedGitHubUrl, webOrigin, type ProposalItem } from '#features/decisions/index.ts';
import type { Proposal } from './build-proposals.ts';
import { PROPOSALS_REPOSITORY } from './repository.ts';
import { STAGES, ownerLabel } from './view.ts';

/**
 * Every SUP as the decision feed, calendar and `/decisions.json` list it beside the trackers: its
 * stage in words, its pull request, and the P2 feedback window (from the day the pull request
 * left draft to the day it ends), which the calendar shows as a deadline like a tracker's.
 */
export function proposalItems(proposals: readonly Proposal[]): ProposalItem[] {
	const origin = webOrigin(PROPOSALS_REPOSITORY);
	return proposals.map((p) => ({
		slug: p.slug,
		title: p.title,
		stage: p.stage,
		stageLabel: STAGES[p.stage].label,
		stageMeaning: STAGES[p.stage].meaning,
		file: p.file ?? null,
		pr: p.pr ?? null,
		// The synced address only when it is on GitHub's host; else the one GitHub gives the number.
		pullRequestUrl: p.pr === undefined ? null : (trustedGitHubUrl(p.pull?.url, origin) ?? `${PROPOSALS_REPOSITORY}/pull/${p.pr}`),
		finalReviewFrom: p.stage === 'P2' && p.pull?.readyForReviewAt ? p.pull.readyForReviewAt.slice(0, 10) : null,
		reviewWindowEnds: p.reviewWindowEnds ?? null,
		owners: p.owners.map(ownerLabel),
	}));
}

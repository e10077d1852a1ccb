import { sameLogin, trustedGitHubUrl } from '#features/decisions/index.ts';
import type { ProposalPull } from './stage.ts';

/** A technical lead as `content/approvers.yaml` lists them (`role: technical-lead`). */
export interface Lead {
	id: string;
	name: string;
	github?: string | null | undefined;
	organization: string;
}

export type Vote = 'approved' | 'changes requested' | 'commented' | 'pending';

/**
 * Each technical lead's vote on a SUP in final review: their standing review of its pull
 * request (the latest approval or change request, else the latest comment; dismissed and pending
 * reviews do not count), matched by GitHub login with ASCII case folding only.
 */
export function leadVotes(
	leads: readonly Lead[],
	pull: ProposalPull | undefined,
	/** GitHub's web origin: a review's address elsewhere is not linked. */
	origin: string,
): { lead: Lead; vote: Vote; url?: string | undefined; date?: string }[] {
	return leads.map((lead) => {
		const theirs = (pull?.reviews ?? [])
			.filter((r) => lead.github && r.submittedAt && sameLogin(r.author, lead.github))
			.sort((a, b) => (a.submittedAt! < b.submittedAt! ? -1 : 1));
		const opinion = theirs.filter((r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED').at(-1);
		const standing = opinion ?? theirs.filter((r) => r.state === 'COMMENTED').at(-1);
		if (!standing) return { lead, vote: 'pending' as const };
		const vote: Vote =
			standing.state === 'APPROVED' ? 'approved' : standing.state === 'CHANGES_REQUESTED' ? 'changes requested' : 'commented';
		return { lead, vote, url: trustedGitHubUrl(standing.url, origin), date: standing.submittedAt!.slice(0, 10) };
	});
}

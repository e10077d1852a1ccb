/**
 * A Specification Update Proposal as the decision exports (feed, calendar, `/decisions.json`) list
 * it beside the trackers. The proposals feature hands these over through the
 * `virtual:margo/proposals-summary` module, so this feature reads no SUP itself and depends on
 * nothing of that feature.
 */
export interface ProposalItem {
	slug: string;
	title: string;
	/** `P1`, `P2`, `P3`, `completed`, `rejected`, `deferred`, `closed` or `proposed`. */
	stage: string;
	stageLabel: string;
	stageMeaning: string;
	/** Path relative to the SUP folder; `null` for a SUP known only by its pull request. */
	file: string | null;
	pr: number | null;
	/** The pull request's address on GitHub. */
	pullRequestUrl: string | null;
	/** The day the pull request left draft (`YYYY-MM-DD`), which opened the P2 feedback window. */
	finalReviewFrom: string | null;
	/** The last day of the P2 feedback window (`YYYY-MM-DD`), only while in P2. */
	reviewWindowEnds: string | null;
	owners: string[];
}

/** The page of a SUP, from the site's base URL. */
export const proposalUrl = (item: Pick<ProposalItem, 'slug'>, siteBase: string) => new URL(`proposals/${item.slug}/`, siteBase).href;

import type { ProposalItem } from '../../src/features/decisions/exports/proposal-items.ts';

/** A SUP as the proposals feature hands it to the decision exports: in P2 unless told otherwise. */
export function proposalItem(overrides: Partial<ProposalItem> = {}): ProposalItem {
	return {
		slug: 'gateway',
		title: 'Gateways, relays; and proxies',
		stage: 'P2',
		stageLabel: 'P2 final review',
		stageMeaning: 'out of draft: members have two weeks to comment, then the technical leads vote',
		file: 'proposals/gateway.md',
		pr: 42,
		pullRequestUrl: 'https://github.com/margo/specification-enhancements/pull/42',
		finalReviewFrom: '2024-09-01',
		reviewWindowEnds: '2024-09-15',
		owners: ['@alpha-dev'],
		...overrides,
	};
}

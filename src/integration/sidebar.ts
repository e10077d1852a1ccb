import type { StarlightUserConfig } from '@astrojs/starlight/types';

/**
 * The sidebar follows the parts of a specification: what it is, the ideas it rests on, the
 * normative text, machine-readable references, and the decisions that shape it. Each group lists
 * a folder of `content/docs/`, ordered by the pages' `sidebar.order`, except Decisions.
 */
export const sidebar: NonNullable<StarlightUserConfig['sidebar']> = [
	{ label: 'Overview', items: [{ autogenerate: { directory: 'overview' } }] },
	{ label: 'Concepts', items: [{ autogenerate: { directory: 'concepts' } }] },
	{ label: 'Specification', items: [{ autogenerate: { directory: 'specification' } }] },
	{ label: 'Reference', items: [{ autogenerate: { directory: 'reference' } }] },
	// Decision pages are generated from content/decisions/ (src/pages/decisions/), not docs pages.
	{
		label: 'Decisions',
		items: [
			{ label: 'All trackers', link: '/decisions/' },
			{ label: 'How a decision is made', link: '/decisions/process/' },
			{ label: 'Approvers', link: '/decisions/approvers/' },
		],
	},
];

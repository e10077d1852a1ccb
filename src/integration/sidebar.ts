import type { StarlightUserConfig } from '@astrojs/starlight/types';

/**
 * The sidebar follows the parts of a specification: what it is, the ideas it rests on, the
 * normative text, machine-readable references, and the decisions that shape it. Each group lists
 * a folder of `content/docs/`, ordered by the pages' `sidebar.order`.
 */
export const sidebar: NonNullable<StarlightUserConfig['sidebar']> = [
	{ label: 'Overview', items: [{ autogenerate: { directory: 'overview' } }] },
	{ label: 'Concepts', items: [{ autogenerate: { directory: 'concepts' } }] },
	{ label: 'Specification', items: [{ autogenerate: { directory: 'specification' } }] },
	{
		label: 'Reference',
		items: [{ autogenerate: { directory: 'reference' } }, { label: 'Requirements index', link: '/requirements/' }],
	},
	{ label: 'Decisions', items: [{ autogenerate: { directory: 'decisions' } }] },
];

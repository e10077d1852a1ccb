import type { StarlightUserConfig } from '@astrojs/starlight/types';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/**
 * The sidebar follows the parts of a specification: what it is, the ideas it rests on, the
 * normative text, machine-readable references, and the decisions that shape it. Each group lists
 * a folder of `content/docs/`, ordered by the pages' `sidebar.order`; the Reference group lists
 * the generated API references (`reference` links) before any page of `content/docs/reference/`.
 */
export function createSidebar(reference: Sidebar = []): Sidebar {
	return [
		{ label: 'Overview', items: [{ autogenerate: { directory: 'overview' } }] },
		{ label: 'Concepts', items: [{ autogenerate: { directory: 'concepts' } }] },
		{ label: 'Specification', items: [{ autogenerate: { directory: 'specification' } }] },
		{ label: 'Reference', items: [...reference, { autogenerate: { directory: 'reference' } }] },
		{ label: 'Decisions', items: [{ autogenerate: { directory: 'decisions' } }] },
	];
}

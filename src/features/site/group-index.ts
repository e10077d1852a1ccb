/**
 * The sidebar's groups of `content/docs/` that have an address of their own (`/overview/`,
 * `/specification/`, …) without a page of that name: each gets an index of its pages
 * (`routes/group-index.astro`). `/reference/` and `/decisions/` are the features' own pages.
 */
export const GROUP_INDEXES = [
	{ folder: 'overview', title: 'Overview', description: 'What Margo is, who it is for, and where to start reading.' },
	{ folder: 'concepts', title: 'Concepts', description: 'The terms and ideas the specification rests on.' },
	{
		folder: 'specification',
		title: 'Specification',
		description: 'The normative text: onboarding, device capabilities, desired state, deployment status and their security.',
	},
	{ folder: 'contributing', title: 'Contributing', description: 'Guides for the people who write the specification and run this site.' },
] as const;

export type GroupIndex = (typeof GROUP_INDEXES)[number];

/** The site paths of the group indexes, for the links validator. */
export const GROUP_INDEX_PATHS: readonly string[] = GROUP_INDEXES.map(({ folder }) => `/${folder}/`);

/** Pages of a group in sidebar order: `sidebar.order` first, then by title. */
export function groupPages<T extends { id: string; data: { title: string; sidebar?: { order?: number | undefined } | undefined } }>(
	folder: string,
	entries: readonly T[],
): T[] {
	const order = (entry: T) => entry.data.sidebar?.order ?? Number.POSITIVE_INFINITY;
	return entries
		.filter((entry) => entry.id.startsWith(`${folder}/`))
		.sort((a, b) => order(a) - order(b) || a.data.title.localeCompare(b.data.title, 'en'));
}

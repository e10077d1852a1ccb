import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { ContentGroup, SidebarGroup, SidebarItem } from '#shared/node/feature.ts';
import { readSidebarPages } from './content-sidebar.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** Folders of `content/docs/` that make up sidebar groups, in order. */
const SIDEBAR_FOLDERS = ['overview', 'concepts', 'specification', 'reference', 'decisions', 'contributing'] as const;

const inside = (slug: string, folder: string) => folder === '' || slug === folder || slug.startsWith(`${folder}/`);

/**
 * A group listing the pages of one `content/docs/` folder (but those of `own` folders), then any
 * extra items; or the extra items first (`extraFirst`), when a feature's page is the group's entry.
 */
function folderGroup(
	root: string,
	label: string,
	folder: string,
	own: readonly ContentGroup[],
	extra: SidebarItem[] = [],
	extraFirst = false,
): SidebarItem {
	const pages = readSidebarPages(root, folder).filter(
		({ slug }) => !own.some((group) => group.folder !== '' && inside(slug, group.folder)),
	);
	// A folder laid out by a feature inside this group (`specification/imported`) is a sub-group of it.
	const nested = own
		.filter((group) => group.folder !== folder && group.folder.startsWith(`${folder}/`))
		.map(({ label, items }) => ({ label, items }));
	const written = [...pages.map(({ slug }) => ({ slug })), ...nested];
	return { label, items: extraFirst ? [...extra, ...written] : [...written, ...extra] };
}

/**
 * The sidebar follows the parts of a specification: what it is, the ideas it rests on, the
 * normative text, machine-readable references, and the decisions that shape it. Features add
 * their generated pages to a group (`extra`): the API references, the playground and the
 * requirements index to Reference, the decision register's pages to Decisions. Folders a feature
 * lays out itself (`own`: specifications imported from MkDocs) come after Specification when
 * they are top-level folders, or as the items of the top level when imported there.
 */
export function createSidebar(
	root: string,
	extra: Partial<Record<SidebarGroup, SidebarItem[]>> = {},
	own: readonly ContentGroup[] = [],
): Sidebar {
	const underGroups = (group: ContentGroup) => SIDEBAR_FOLDERS.some((folder) => inside(group.folder, folder));
	const topLevel = own
		.filter((group) => !underGroups(group))
		.flatMap((group): SidebarItem[] => (group.folder === '' ? group.items : [{ label: group.label, items: group.items }]));
	return [
		folderGroup(root, 'Overview', 'overview', own),
		folderGroup(root, 'Concepts', 'concepts', own),
		folderGroup(root, 'Specification', 'specification', own),
		...topLevel,
		// A reader's way into the reference is the API reference itself, before the mock server's guide.
		folderGroup(root, 'Reference', 'reference', own, extra.reference, true),
		folderGroup(root, 'Decisions', 'decisions', own, extra.decisions),
		// Guides for the people who write the specification and run this site.
		folderGroup(root, 'Contributing', 'contributing', own),
	];
}

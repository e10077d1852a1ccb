import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { SidebarGroup, SidebarItem } from '#shared/feature.ts';
import { readSidebarPages } from './content-sidebar.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** Folders of `content/docs/` that make up sidebar groups, in order. */
export const SIDEBAR_FOLDERS = ['overview', 'concepts', 'specification', 'reference', 'decisions'] as const;

/** A group listing the pages of one `content/docs/` folder, then any extra items. */
function folderGroup(root: string, label: string, folder: string, extra: SidebarItem[] = []): SidebarItem {
	return { label, items: [...readSidebarPages(root, folder).map(({ slug }) => ({ slug })), ...extra] };
}

/**
 * The sidebar follows the parts of a specification: what it is, the ideas it rests on, the
 * normative text, machine-readable references, and the decisions that shape it. Features add
 * their generated pages to a group (`extra`): the API references, the playground and the
 * requirements index to Reference, the decision register's pages to Decisions.
 */
export function createSidebar(root: string, extra: Partial<Record<SidebarGroup, SidebarItem[]>> = {}): Sidebar {
	return [
		folderGroup(root, 'Overview', 'overview'),
		folderGroup(root, 'Concepts', 'concepts'),
		folderGroup(root, 'Specification', 'specification'),
		folderGroup(root, 'Reference', 'reference', extra.reference),
		folderGroup(root, 'Decisions', 'decisions', extra.decisions),
	];
}

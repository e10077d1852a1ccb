import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { readSidebarPages } from '../lib/content-sidebar.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;
type SidebarItem = Sidebar[number];

/** Folders of `content/docs/` that make up sidebar groups, in order. */
export const SIDEBAR_FOLDERS = ['overview', 'concepts', 'specification', 'reference', 'decisions'] as const;

/** A group listing the pages of one `content/docs/` folder, then any extra items. */
function folderGroup(root: string, label: string, folder: string, extra: SidebarItem[] = []): SidebarItem {
	return { label, items: [...readSidebarPages(root, folder).map(({ slug }) => ({ slug })), ...extra] };
}

/**
 * The sidebar follows the parts of a specification: what it is, the ideas it rests on, the
 * normative text, machine-readable references, and the decisions that shape it. The Reference
 * group also lists `reference`: the API references generated from `openapi/`.
 */
export function createSidebar(root: string, reference: SidebarItem[] = []): Sidebar {
	return [
		folderGroup(root, 'Overview', 'overview'),
		folderGroup(root, 'Concepts', 'concepts'),
		folderGroup(root, 'Specification', 'specification'),
		folderGroup(root, 'Reference', 'reference', [...reference, { label: 'Playground', link: '/playground/' }, { label: 'Requirements index', link: '/requirements/' }]),
		// The decision register's pages are generated from content/decisions/ (src/pages/decisions/).
		folderGroup(root, 'Decisions', 'decisions', [
			{ label: 'All trackers', link: '/decisions/' },
			{ label: 'How a decision is made', link: '/decisions/process/' },
			{ label: 'Approvers', link: '/decisions/approvers/' },
		]),
	];
}

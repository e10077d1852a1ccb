import { bySidebarOrder, readDocPages } from '#shared/node/docs-pages.ts';

/** A page as the sidebar needs it: its collection id (slug) and its place in the group. */
export interface SidebarPage {
	slug: string;
	order: number;
	title: string;
}

/**
 * Pages of one folder of `content/docs/`, in sidebar order: `sidebar.order` first (pages
 * without one last), then title. Pages with `sidebar.hidden: true` and files starting with `_`
 * are left out. Front matter that does not parse is ordered last here; the front matter check
 * reports it.
 *
 * Starlight's own `autogenerate` finds pages only under `src/content/docs/`; ours live in the
 * top-level `content/docs/`, so the groups are listed from the files here.
 */
export function readSidebarPages(root: string, folder: string): SidebarPage[] {
	return readDocPages(root, folder)
		.filter((page) => !page.hidden)
		.map(({ slug, order, title }) => ({ slug, order, title }))
		.sort(bySidebarOrder);
}

/** A string that changes whenever a folder's sidebar would change (a page added, removed, renamed or reordered). */
export function sidebarSignature(root: string, folders: readonly string[]): string {
	return JSON.stringify(folders.map((folder) => readSidebarPages(root, folder)));
}

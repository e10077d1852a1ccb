import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from './front-matter.ts';

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
	const base = join(root, 'content', 'docs');
	const files = globSync(`${folder}/**/*.{md,mdx}`, { cwd: base }).filter((file) => !/(^|\/)_/.test(file));
	const pages: SidebarPage[] = [];
	for (const file of files) {
		const data = splitFrontMatter(readFileSync(join(base, file), 'utf8'))?.source.value;
		const fields = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
		const sidebar = (fields['sidebar'] && typeof fields['sidebar'] === 'object' ? fields['sidebar'] : {}) as Record<string, unknown>;
		if (sidebar['hidden'] === true) continue;
		pages.push({
			slug: file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''),
			order: typeof sidebar['order'] === 'number' ? sidebar['order'] : Number.POSITIVE_INFINITY,
			title: typeof fields['title'] === 'string' ? fields['title'] : file,
		});
	}
	return pages.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/** A string that changes whenever a folder's sidebar would change (a page added, removed, renamed or reordered). */
export function sidebarSignature(root: string, folders: readonly string[]): string {
	return JSON.stringify(folders.map((folder) => readSidebarPages(root, folder)));
}

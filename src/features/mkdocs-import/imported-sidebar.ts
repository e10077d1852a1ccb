import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pageSlug } from '#shared/node/docs-pages.ts';
import { splitFrontMatter } from '#shared/front-matter.ts';
import { MANIFEST_FILE, readManifest } from './manifest.ts';

/** A sidebar entry as Starlight takes it: a page by its slug, or a labelled group. */
type ImportedSidebarItem = { slug: string } | { label: string; items: ImportedSidebarItem[]; collapsed?: boolean };

/** An imported specification as the sidebar shows it. */
export interface ImportedSidebar {
	/** The target folder under `content/docs/` (`''` for its top). */
	folder: string;
	/** The MkDocs `site_name`, or the folder's name. */
	label: string;
	/** Its sections and pages in nav order, under the nav labels. */
	items: ImportedSidebarItem[];
}

/**
 * Every import of `content/docs/`, found by its manifest: the nav sections (folders, with the label
 * and position the manifest recorded) and pages (with `sidebar.order` from their front matter),
 * nested and ordered as the MkDocs nav had them. Unlisted pages (`sidebar.hidden`) are left out.
 */
export function readImportedSidebars(root: string): ImportedSidebar[] {
	const docs = join(root, 'content', 'docs');
	if (!existsSync(docs)) return [];
	return globSync(`**/${MANIFEST_FILE}`, { cwd: docs })
		.map((file) => posix.dirname(file.split('\\').join('/')).replace(/^\.$/, ''))
		.sort()
		.map((folder) => {
			const manifest = readManifest(root, posix.join('content/docs', folder));
			const entries = new Map<string, { order: number; item: ImportedSidebarItem }[]>();
			const add = (parent: string, order: number, item: ImportedSidebarItem) =>
				entries.set(parent, [...(entries.get(parent) ?? []), { order, item }]);
			for (const file of Object.keys(manifest?.files ?? {}).filter((name) => /\.mdx?$/.test(name))) {
				const inTarget = posix.relative(posix.join('content/docs', folder), file);
				const fields = frontMatter(join(root, file));
				const sidebar = (fields['sidebar'] ?? {}) as Record<string, unknown>;
				if (sidebar['hidden'] === true || !existsSync(join(root, file))) continue;
				const slug = pageSlug(file.replace(/^content\/docs\//, ''), fields['slug']);
				add(
					posix.dirname(inTarget).replace(/^\.$/, ''),
					typeof sidebar['order'] === 'number' ? sidebar['order'] : Number.POSITIVE_INFINITY,
					{ slug },
				);
			}
			const build = (parent: string): ImportedSidebarItem[] => {
				for (const section of manifest?.sections ?? []) {
					if (
						posix.dirname(section.folder).replace(/^\.$/, '') !== parent ||
						entries.get(parent)?.some((entry) => 'label' in entry.item && entry.item.label === section.label)
					)
						continue;
					add(parent, section.order, { label: section.label, items: build(section.folder) });
				}
				return (entries.get(parent) ?? []).sort((a, b) => a.order - b.order).map((entry) => entry.item);
			};
			return { folder, label: manifest?.title ?? (folder.split('/').at(-1) || 'Imported'), items: build('') };
		});
}

function frontMatter(path: string): Record<string, unknown> {
	if (!existsSync(path)) return {};
	const value = splitFrontMatter(readFileSync(path, 'utf8'))?.source.value;
	return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

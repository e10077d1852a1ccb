import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { slug as githubSlug } from 'github-slugger';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../front-matter.ts';

/**
 * The one reader of `content/docs/`: every feature that needs the pages (the sidebar, the
 * requirement checks, the decision checks, the importers) reads them here, so a page has one slug
 * and one title everywhere.
 */

/** A page of `content/docs/` with what its front matter says about its place in the site. */
export interface DocPage {
	/** File path from the project root: `content/docs/specification/onboarding.md`. */
	file: string;
	/** File path from `content/docs/`: `specification/onboarding.md`. */
	docPath: string;
	/** The collection id Astro gives the page, which is also its route: `specification/onboarding`. */
	slug: string;
	title: string;
	/** The whole file as written, front matter included. */
	source: string;
	/** The front matter, or an empty object when there is none or it does not parse (the front matter check reports that). */
	data: Record<string, unknown>;
	/** `sidebar.order`, or infinity when none is set (such pages come last). */
	order: number;
	/** `sidebar.hidden: true`. */
	hidden: boolean;
}

/** A page as a decision tracker's `affects` names it, with the ids of its headings. */
export interface SpecPage {
	slug: string;
	file: string;
	title: string;
	/** Ids of the page's headings, in page order (empty when not asked for). */
	anchors: string[];
}

/**
 * The id Astro's glob loader gives a file of a collection: each path segment slugged the
 * GitHub way, the extension and a trailing `/index` dropped, or the front matter's `slug`.
 */
export function pageSlug(pathInCollection: string, frontMatterSlug?: unknown): string {
	if (typeof frontMatterSlug === 'string' && frontMatterSlug) return frontMatterSlug;
	return pathInCollection
		.replace(/\.[^./]+$/, '')
		.split('/')
		.map((segment) => githubSlug(segment))
		.join('/')
		.replace(/\/index$/, '');
}

const record = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * The pages under `content/docs/` (or one folder of it), sorted by path. Files whose name starts
 * with `_` are partials, not pages, and are left out.
 */
export function readDocPages(root: string, folder = ''): DocPage[] {
	const pattern = folder ? `content/docs/${folder}/**/*.{md,mdx}` : 'content/docs/**/*.{md,mdx}';
	return globSync(pattern, { cwd: root })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => !/(^|\/)_/.test(file))
		.sort()
		.map((file) => docPageOf(file, readFileSync(join(root, file), 'utf8')));
}

/**
 * A page from its path (from the project root) and text, wherever the text was read: the working
 * tree, or a commit of the repository (`features/changes` compares two).
 */
export function docPageOf(file: string, source: string): DocPage {
	const data = record(splitFrontMatter(source)?.source.value);
	const sidebar = record(data['sidebar']);
	const docPath = file.slice('content/docs/'.length);
	return {
		file,
		docPath,
		slug: pageSlug(docPath, data['slug']),
		title: typeof data['title'] === 'string' ? data['title'] : docPath,
		source,
		data,
		order: typeof sidebar['order'] === 'number' ? sidebar['order'] : Number.POSITIVE_INFINITY,
		hidden: sidebar['hidden'] === true,
	};
}

/**
 * Every page with its heading anchors. The anchors come from Astro's own Markdown processor
 * (Sätteri with GitHub-style slugs), so a tracker can link `#anchor` only if the built page has
 * an element with that id, duplicates (`-1`) and smart quotes included. Rendering is most of the
 * cost, so only pages `withAnchors` accepts are rendered.
 */
export async function readSpecPages(root: string, withAnchors: (slug: string) => boolean = () => true): Promise<Map<string, SpecPage>> {
	const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
	const pages = new Map<string, SpecPage>();
	for (const page of readDocPages(root)) {
		const body = splitFrontMatter(page.source)?.body ?? page.source;
		const headings = withAnchors(page.slug) ? (await processor.render(body, { frontmatter: page.data })).metadata.headings : [];
		pages.set(page.slug, {
			slug: page.slug,
			file: page.file,
			title: typeof page.data['title'] === 'string' ? page.title : page.slug,
			anchors: headings.map((heading) => heading.slug),
		});
	}
	return pages;
}

/** Sidebar order: `sidebar.order` first (pages without one last), then title. */
export function bySidebarOrder(a: Pick<DocPage, 'order' | 'title'>, b: Pick<DocPage, 'order' | 'title'>): number {
	return a.order - b.order || a.title.localeCompare(b.title);
}

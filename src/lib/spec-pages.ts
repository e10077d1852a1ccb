import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { slug as githubSlug } from 'github-slugger';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from './front-matter.ts';

/** A page of `content/docs/` as a decision tracker's `affects` names it. */
export interface SpecPage {
	/** Path from `content/docs/` without extension, as Astro's glob loader makes ids: `specification/onboarding`. */
	slug: string;
	/** File path from the project root. */
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

/**
 * Reads every page under `content/docs/` with its heading anchors. The anchors come from Astro's
 * own Markdown processor (Sätteri with GitHub-style slugs), so a tracker can link `#anchor` only
 * if the built page has an element with that id, duplicates (`-1`) and smart quotes included.
 * Rendering is most of the cost, so only pages `withAnchors` accepts are rendered.
 */
export async function readSpecPages(root: string, withAnchors: (slug: string) => boolean = () => true): Promise<Map<string, SpecPage>> {
	const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
	const files = globSync('content/docs/**/*.{md,mdx}', { cwd: root })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => !/(^|\/)_/.test(file))
		.sort();
	const pages = new Map<string, SpecPage>();
	for (const file of files) {
		const text = readFileSync(join(root, file), 'utf8');
		const frontMatter = splitFrontMatter(text);
		const data = (frontMatter?.source.value ?? {}) as Record<string, unknown>;
		const slug = pageSlug(file.slice('content/docs/'.length), data['slug']);
		const headings = withAnchors(slug) ? (await processor.render(frontMatter ? frontMatter.body : text, { frontmatter: data })).metadata.headings : [];
		pages.set(slug, {
			slug,
			file,
			title: typeof data['title'] === 'string' ? data['title'] : slug,
			anchors: headings.map((heading) => heading.slug),
		});
	}
	return pages;
}

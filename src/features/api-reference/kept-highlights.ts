import { keptResult } from '#shared/node/build-cache.ts';
import { listApiDocuments, loadApiDocument, referencedFiles } from '#shared/node/openapi/documents.ts';
import { createHighlight } from '#shared/shiki.ts';
import { renderReference } from './render/reference-document.ts';
import { planReference } from './render/reference-pages.ts';
import type { HighlightedBlock } from './render/reference-highlight.ts';

/**
 * Past this much HTML, further blocks are not kept: a third-party document of thousands of
 * examples (GitHub's) would otherwise put tens of megabytes into a module of the build. They are
 * highlighted while the pages render, as every block was before.
 */
const KEPT_HTML_LIMIT = 4_000_000;

export interface KeptHighlightOptions {
	root: string;
	/** Astro's cache folder, where `shared/node/build-cache.ts` keeps results. */
	cacheDir: string;
	/** The normalized site base: the samples' notes link into the site under it. */
	base: string;
}

/**
 * The highlighted code blocks of every API document's reference (request samples and examples),
 * kept between builds while the documents, the site's code and the installed packages are the
 * same (`shared/node/build-cache.ts`). Shiki compiles the JavaScript, Python and Go grammars of the
 * request samples on first use, which is most of a reference's rendering: a build that changed none
 * of that takes the blocks as they were. The reference routes look each block up by language and
 * code (`render/reference-highlight.ts`), so a block missing here is highlighted as before.
 */
export function keptHighlights({ root, cacheDir, base }: KeptHighlightOptions): Promise<HighlightedBlock[]> {
	return keptResult(
		{ name: 'reference-highlights', root, cacheDir, inputs: ['openapi/**/*'], referenced: referencedFiles },
		async () => {
			const highlight = await createHighlight();
			const blocks: HighlightedBlock[] = [];
			let size = 0;
			const recording = (code: string, lang: string) => {
				const html = highlight(code, lang);
				size += html.length + code.length;
				if (size <= KEPT_HTML_LIMIT) blocks.push([lang, code, html]);
				return html;
			};
			for (const file of listApiDocuments(root))
				renderReference(planReference(loadApiDocument(root, file)), `${base}reference/`, recording);
			return blocks;
		},
		{ isValue: isBlocks },
	);
}

function isBlocks(value: unknown): value is HighlightedBlock[] {
	return (
		Array.isArray(value) &&
		value.every((block) => Array.isArray(block) && block.length === 3 && block.every((part) => typeof part === 'string'))
	);
}

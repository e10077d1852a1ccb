import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bySidebarOrder, readDocPages, type DocPage } from '#shared/node/docs-pages.ts';
import { REQUIREMENT_ID } from './marker.ts';
import { buildCatalog, type Catalog, type Citation, type SpecPage } from './catalog.ts';
import { parseRegistry, REGISTRY_FILE, type ParsedRegistry } from './registry.ts';
import { parseLexicon } from './lexicon/lexicon.ts';

// Reads the project's files for the requirement checks, the ID command and the index (Node only).

/** Files that may cite requirement IDs, and must cite existing ones. */
const CITING_FILES = ['src/features/mock/**/*.{ts,js,mjs,json}', 'content/decisions/**/*.{md,mdx,yaml,yml,json}'];
const LEXICON_FILE = 'content/docs/concepts/lexicon.md';

/** Whether a file (path from the root) is a specification page. */
export function isSpecPageFile(file: string): boolean {
	return file.startsWith('content/docs/specification/') && file.endsWith('.md') && !/(^|\/)_/.test(file);
}

/** The specification pages in sidebar order, the order in which the index lists them. */
export function readSpecPages(root: string): SpecPage[] {
	return specPagesOf(readDocPages(root, 'specification'));
}

/** The specification pages among pages read anywhere (a commit of the repository, for the comparison). */
export function specPagesOf(pages: readonly DocPage[]): SpecPage[] {
	return pages
		.filter((page) => isSpecPageFile(page.file))
		.sort(bySidebarOrder)
		.map(({ file, docPath, slug, title, source }): SpecPage => ({ file, docPath, slug, title, source }));
}

export function readRegistry(root: string): ParsedRegistry & { file: string; text: string } {
	const path = join(root, REGISTRY_FILE);
	const text = existsSync(path) ? readFileSync(path, 'utf8') : 'prefixes: {}\nissued: {}\nretired: []\n';
	return { ...parseRegistry(REGISTRY_FILE, text), file: REGISTRY_FILE, text };
}

/** Every requirement ID written in the mock and the decision trackers, with its position. */
export function readCitations(root: string): Citation[] {
	const files = CITING_FILES.flatMap((pattern) => globSync(pattern, { cwd: root })).sort();
	return files.flatMap((file) => {
		const lines = readFileSync(join(root, file), 'utf8').split('\n');
		return lines.flatMap((text, index) =>
			[...text.matchAll(REQUIREMENT_ID)].map((match) => ({ id: match[0], file, line: index + 1, column: match.index + 1 })),
		);
	});
}

/** The catalog of the project at `root`, with every problem of pages, registry and citations. */
export function loadCatalog(root: string): Catalog {
	return buildCatalog(readSpecPages(root), readRegistry(root), readCitations(root));
}

/** The lexicon's terms and problems; no terms when the project has no lexicon page. */
export function loadLexicon(root: string): ReturnType<typeof parseLexicon> & { source: string } {
	const path = join(root, LEXICON_FILE);
	if (!existsSync(path)) return { terms: [], problems: [], source: '' };
	const source = readFileSync(path, 'utf8');
	return { ...parseLexicon(LEXICON_FILE, source), source };
}

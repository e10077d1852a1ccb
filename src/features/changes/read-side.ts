import { docPageOf } from '#shared/node/docs-pages.ts';
import {
	buildCatalog,
	parseRegistry,
	REGISTRY_FILE,
	scanMarkdown,
	specPagesOf,
	type Requirement,
	type SpecPage,
} from '#features/requirements/index.ts';
import type { Problem } from '#shared/problems.ts';
import type { FileSource } from './file-source.ts';
import { pageText, trackerState, type PageText, type TrackerState } from './compare-pages.ts';
import type { UnmarkedStatement } from './compare-requirements.ts';
import { readApiSide, type ApiSide } from './read-api.ts';

/** What one version of the project says: its requirements, pages, trackers and API documents. */
export interface Side {
	requirements: Requirement[];
	retired: { id: string; retired: string }[];
	/** The specification pages, for the statements without an ID ({@link unmarkedStatements}). */
	specPages: SpecPage[];
	/** Problems that make this side's requirements ambiguous (an ID on two statements). */
	problems: Problem[];
	pages: PageText[];
	trackers: TrackerState[];
	api: ApiSide;
}

const isPage = (file: string) => /\.mdx?$/.test(file) && !/(^|\/)_/.test(file);

/**
 * Reads a side; `label` prefixes the files named in its problems (`origin/pre-draft:content/…`).
 * With `readApi` false its API documents are not read (both sides hold the same files).
 */
export function readSide(source: FileSource, label = '', readApi = true): Side {
	const pageFiles = source.list('content/docs').filter(isPage);
	const trackerFiles = source.list('content/decisions').filter((file) => /^content\/decisions\/[^/]+\.md$/.test(file));
	const texts = source.read([...pageFiles, ...trackerFiles, REGISTRY_FILE]);
	const docPages = pageFiles.flatMap((file) => {
		const text = texts.get(file);
		return text === undefined ? [] : [docPageOf(file, text)];
	});
	const specPages = specPagesOf(docPages);
	const registryText = texts.get(REGISTRY_FILE) ?? 'prefixes: {}\nissued: {}\nretired: []\n';
	const catalog = buildCatalog(specPages, { ...parseRegistry(REGISTRY_FILE, registryText), file: REGISTRY_FILE }, []);
	return {
		requirements: catalog.requirements,
		retired: catalog.retired,
		specPages,
		problems: catalog.problems
			.filter((problem) => problem.code === 'requirements/duplicate-id')
			.map((problem) => ({ ...problem, file: `${label}${problem.file}` })),
		pages: docPages.map((page) => pageText(page.file, page.slug, page.title, page.source)),
		trackers: trackerFiles.flatMap((file) => {
			const state = trackerState(texts.get(file) ?? '');
			return state ? [state] : [];
		}),
		api: readApi ? readApiSide(source, label) : { documents: new Map(), unreadable: [] },
	};
}

/**
 * The statements with a key word and no ID on the pages of `after` whose text differs from the
 * same page in `before`: an unchanged page adds no new statement, and is not parsed again.
 */
export function unmarkedStatements(pages: readonly SpecPage[], unchanged: (page: SpecPage) => boolean): UnmarkedStatement[] {
	return pages
		.filter((page) => !unchanged(page))
		.flatMap((page) =>
			scanMarkdown(page.source)
				.statements.filter((statement) => !statement.marker && statement.keywords.length)
				.map((statement): UnmarkedStatement => ({
					text: statement.text,
					keyword: statement.keywords[0] ?? 'MUST',
					page: page.slug,
					pageTitle: page.title,
					source: { file: page.file, line: statement.line },
				})),
		);
}

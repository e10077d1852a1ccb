import { posix } from 'node:path';
import type { Root } from 'mdast';
import { closestMatch, editDistance } from '#shared/closest-match.ts';
import { importProblem, type ImportProblem } from '../import-problems.ts';
import { walk, type TextEdit } from './markdown-tree.ts';
import type { SourceLine } from '../source-lines.ts';
import { countConverted, type ConvertCounts } from './convert-counts.ts';
import { assetDestination, type AssetPlace, type ImportLayout } from '../import-layout.ts';
import { outsideProblem, resolveInProject } from '../project-files.ts';

/** An imported page as links reach it. */
export interface PageRoute {
	route: string;
	anchors: ReadonlyMap<string, string>;
}

export interface ReferenceContext {
	layout: ImportLayout;
	/** The page being converted, relative to docs_dir. */
	source: string;
	/** Imported pages by source path (relative to docs_dir); pages of docs_dir left out (`--only-nav`) are absent. */
	pages: ReadonlyMap<string, PageRoute>;
	/** Copies to make: destination relative to the site root -> source file relative to the project. */
	assets: Map<string, string>;
	counts: ConvertCounts;
	problems: ImportProblem[];
	/** Origin of a 1-based line of the converted text. */
	lineAt(line: number): SourceLine;
}

const HTML_REFERENCE = /(<(img|a|object|embed|source|iframe)\b[^>]*?\b(?:src|href|data|srcset)=)(["'])(.*?)\3/gi;

/**
 * Rewrites the links and images of a page for this site: a link to another page (`../x.md#a`)
 * goes to its route and Starlight's id for the heading; an image is copied beside the pages (so
 * Astro processes it) and linked relatively; any other file is copied to `public/`; a file
 * outside docs_dir is linked on GitHub unless it is a figure or a PDF. Broken links, anchors and images are reported.
 */
export function referenceEdits(tree: Root, text: string, context: ReferenceContext): TextEdit[] {
	const edits: TextEdit[] = [];
	walk(tree, (node) => {
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined) return;
		const at = context.lineAt(node.position?.start.line ?? 1);
		if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
			const raw = text.slice(start, end);
			const urlAt = raw.lastIndexOf(node.url);
			if (!node.url || urlAt < 0) return;
			const rewritten = rewrite(node.url, node.type === 'image' ? 'image' : 'link', at, context);
			if (rewritten !== undefined && rewritten !== node.url)
				edits.push({ start: start + urlAt, end: start + urlAt + node.url.length, text: rewritten });
			// attr_list after an image (`![..](x.svg){ width="600" }`) would be printed as text.
			const attributes = node.type === 'image' ? /^\{[^}\n]*\}/.exec(text.slice(end)) : null;
			if (attributes) {
				edits.push({ start: end, end: end + attributes[0].length, text: '' });
				countConverted(context.counts, 'image attribute');
			}
		} else if (node.type === 'html') {
			for (const match of node.value.matchAll(HTML_REFERENCE)) {
				const url = match[4] ?? '';
				const kind = match[2]?.toLowerCase() === 'a' ? 'html-link' : 'html-image';
				const rewritten = rewrite(url, kind, at, context);
				const offset = start + match.index + (match[1]?.length ?? 0) + 1;
				if (rewritten !== undefined && rewritten !== url && text.slice(offset, offset + url.length) === url)
					edits.push({ start: offset, end: offset + url.length, text: rewritten });
			}
		}
	});
	return edits;
}

const COPIED = /\.(svg|png|jpe?g|gif|webp|pdf)$/i;

type Kind = 'link' | 'image' | 'html-link' | 'html-image';

function rewrite(url: string, kind: Kind, at: SourceLine, context: ReferenceContext): string | undefined {
	if (/^([a-z][a-z0-9+.-]*:|\/\/|\/)/i.test(url)) return undefined;
	const { layout } = context;
	const [pathPart = '', hash] = url.split('#', 2) as [string, string | undefined];
	const path = safeDecode(pathPart.split('?')[0] ?? '');
	const here = posix.dirname(context.source);
	if (path === '') return hash === undefined ? undefined : anchorLink('', context.source, hash, url, at, context);
	const inDocs = posix.normalize(posix.join(here, path));
	const inProject = posix.normalize(posix.join(layout.docsDir, inDocs));
	const isImage = kind === 'image' || kind === 'html-image';
	if (!isImage && !inDocs.startsWith('../')) {
		const page = pageFor(inDocs, context);
		if (page) return anchorLink(page, context.source, hash, url, at, context);
	}
	const resolved = inProject.startsWith('../') ? undefined : resolveInProject(layout.project, inProject);
	if (resolved?.kind === 'outside') {
		context.problems.push(outsideProblem(layout.project, inProject, resolved.real, at));
		return undefined;
	}
	if (resolved?.kind !== 'file') {
		const known = [...context.pages.keys()];
		const guess = /\.(md|markdown)$/i.test(path) ? closestMatch(inDocs, known) : undefined;
		const missingPage = /\.(md|markdown)$/i.test(path) || path.endsWith('/');
		context.problems.push(
			importProblem(
				missingPage ? 'mkdocs/broken-link' : 'mkdocs/missing-file',
				at,
				missingPage
					? `link to missing page \`${url}\``
					: `${isImage ? 'image' : 'link'} \`${url}\` names a file that does not exist (${posix.join(layout.project.display, inProject)})`,
				guess
					? `did you mean \`${posix.relative(here, guess)}\`? Correct the link in the MkDocs page`
					: 'correct the path in the MkDocs page (it is relative to the page), or add the missing file',
			),
		);
		return undefined;
	}
	if (!isImage && /\.(md|markdown)$/i.test(path) && !inDocs.startsWith('../')) {
		context.problems.push(
			importProblem(
				'mkdocs/link-to-skipped-page',
				at,
				`link to \`${url}\`, a page not imported (--only-nav); it now links to the page on GitHub`,
				'add the page to nav in mkdocs.yml, or import without --only-nav',
			),
		);
	}
	// Figures and documents are copied wherever they are; other files outside docs_dir (an OpenAPI
	// document, a changelog) stay in the repository and are linked there.
	if (!isImage && ((inDocs.startsWith('../') && !COPIED.test(path)) || /\.(md|markdown)$/i.test(path))) {
		countConverted(context.counts, 'link to GitHub');
		return `${layout.github}/${inProject}${hash === undefined ? '' : `#${hash}`}`;
	}
	const place: AssetPlace = kind === 'image' ? 'beside-pages' : 'public';
	const destination = assetDestination(layout, inProject, place);
	context.assets.set(destination.file, inProject);
	return place === 'beside-pages'
		? encodeURI(posix.relative(posix.dirname(posix.join(layout.targetDir, layout.targetOf(context.source))), destination.file)).replace(
				/^(?!\.)/,
				'./',
			)
		: encodeURI(destination.url);
}

/** The imported page a link path names: `x.md`, a folder with an index, or `x/` for `x.md` (directory URLs). */
function pageFor(path: string, context: ReferenceContext): string | undefined {
	const bare = path.replace(/\/$/, '');
	const candidates = /\.(md|markdown)$/i.test(bare) ? [bare] : [`${bare}.md`, `${bare}/index.md`, `${bare}/README.md`];
	return candidates.find((candidate) => context.pages.has(candidate.replace(/^\.\//, '')));
}

function anchorLink(
	page: string,
	from: string,
	hash: string | undefined,
	url: string,
	at: SourceLine,
	context: ReferenceContext,
): string | undefined {
	const target = context.pages.get(page || from);
	if (!target) return undefined;
	countConverted(context.counts, 'link rewritten');
	const route = page && page !== from ? target.route : '';
	if (hash === undefined || hash === '') return route || undefined;
	const anchor = target.anchors.get(hash) ?? target.anchors.get(safeDecode(hash));
	if (anchor !== undefined) return anchor ? `${route}#${anchor}` : route || '#_top';
	// MkDocs publishes such a link (it goes to the top of the page); so does the import, a warning
	// saying where it now goes, unless one heading is a close match (a typo, a plural).
	const close = closeHeadings(safeDecode(hash), target.anchors);
	const repaired = close.length === 1 ? close[0] : undefined;
	const rewritten = repaired ? `${route}#${repaired.id}` : route || '#_top';
	const where = `${url}\` → \`${rewritten}\``;
	context.problems.push(
		importProblem(
			'mkdocs/broken-anchor',
			at,
			repaired
				? `link \`${url}\` names the anchor \`#${hash}\`, which no heading of ${page || from} has; it now goes to the close heading \`#${repaired.key}\`: \`${where}`
				: `link \`${url}\` names the anchor \`#${hash}\`, which no heading of ${page || from} has${close.length ? ` (${close.length} headings are close)` : ''}; it now goes to the page: \`${where}`,
			repaired
				? `correct the anchor in the MkDocs page to \`#${repaired.key}\` if that is the heading meant, then re-import`
				: `link to a heading that exists (${headingList(target.anchors)}), or drop the \`#anchor\`, then re-import`,
		),
	);
	return rewritten;
}

/**
 * The headings whose anchor (any form MkDocs may write it in) is within a typo of `hash`: as
 * many as a third of its characters, or two, changed. One entry per heading, by the id
 * Starlight gives it, with the anchor as MkDocs writes it.
 */
function closeHeadings(hash: string, anchors: ReadonlyMap<string, string>): { id: string; key: string }[] {
	const limit = Math.max(2, Math.floor(hash.length / 3));
	const best = new Map<string, { key: string; distance: number }>();
	for (const [key, id] of anchors) {
		const distance = editDistance(hash, key);
		const known = best.get(id);
		if (distance <= limit && (!known || distance < known.distance)) best.set(id, { key, distance });
	}
	return [...best].filter(([id]) => id !== '').map(([id, { key }]) => ({ id, key }));
}

/** A few of a page's anchors, in the form MkDocs writes them, for a hint. */
function headingList(anchors: ReadonlyMap<string, string>): string {
	const names = [...new Set([...anchors.keys()].filter((key) => anchors.get(key) === key || anchors.get(key) === ''))];
	return names.length
		? `the page has ${names
				.slice(0, 5)
				.map((name) => `\`#${name}\``)
				.join(', ')}${names.length > 5 ? ', ...' : ''}`
		: 'the page has no headings';
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

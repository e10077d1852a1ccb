import { posix } from 'node:path';
import type { Heading } from 'mdast';
import { parse as parseYaml, stringify } from 'yaml';
import { takeAbbreviations, abbreviationEdits } from './abbreviations.ts';
import type { ConvertCounts } from './convert-counts.ts';
import { mapAnchors, stripHeadingAttributes, type HeadingInfo } from './heading-anchors.ts';
import type { ImportProblem } from '../import-problems.ts';
import { convertIndentedBlocks } from './indented-blocks.ts';
import { applyEdits, parseMarkdown, plainText, walk } from './markdown-tree.ts';
import type { PlannedPage } from '../nav-plan.ts';
import { referenceEdits, type ReferenceContext } from './references.ts';
import { inlineSnippets, type SnippetContext } from './snippets.ts';
import { joinLines, toSourceLines, type SourceLine } from '../source-lines.ts';
import { markUnconvertible } from './unconvertible.ts';
import { openMarkdownInHtml } from './markdown-in-html.ts';

/** A page after the first pass: converted, its title taken out, its anchors known. */
export interface PreparedPage {
	planned: PlannedPage;
	lines: SourceLine[];
	title: string;
	description: string | undefined;
	anchors: Map<string, string>;
	abbreviations: Map<string, string>;
}

/**
 * First pass over a page: inline snippets, open Markdown inside HTML, convert the MkDocs block syntax, mark what cannot be
 * converted, take out abbreviation definitions and heading attributes, then read the title (the
 * first `# ` heading, removed from the body), the description and the heading anchors.
 */
export function preparePage(
	planned: PlannedPage,
	text: string,
	display: string,
	snippets: SnippetContext,
	counts: ConvertCounts,
	problems: ImportProblem[],
): PreparedPage {
	const meta = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text.replace(/\r\n?/g, '\n'));
	const fields = readMeta(meta?.[1]);
	const body = meta ? text.replace(/\r\n?/g, '\n').slice(meta[0].length) : text;
	let lines = toSourceLines(body, display, meta ? meta[0].split('\n').length : 1);
	lines = inlineSnippets(lines, snippets);
	lines = openMarkdownInHtml(lines, counts);
	lines = convertIndentedBlocks(lines, counts).lines;
	lines = markUnconvertible(lines, counts, problems);
	const taken = takeAbbreviations(lines);
	const stripped = stripHeadingAttributes(taken.lines, counts);
	lines = stripped.lines;

	const tree = parseMarkdown(joinLines(lines));
	const titleNode = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
	const headings: HeadingInfo[] = [];
	walk(tree, (node) => {
		if (node.type !== 'heading') return;
		const line = lines[(node.position?.start.line ?? 1) - 1];
		headings.push({ text: plainText(node), customId: line && stripped.customIds.get(line), isTitle: node === titleNode });
	});
	if (titleNode?.position) lines = [...lines.slice(0, titleNode.position.start.line - 1), ...lines.slice(titleNode.position.end.line)];
	while (lines[0]?.text.trim() === '') lines = lines.slice(1);
	const fallback =
		planned.label ??
		posix
			.basename(planned.source)
			.replace(/\.\w+$/, '')
			.replace(/[-_]+/g, ' ');
	const title = typeof fields['title'] === 'string' ? fields['title'] : titleNode ? plainText(titleNode).trim() : fallback;
	const description = typeof fields['description'] === 'string' ? fields['description'] : firstParagraph(parseMarkdown(joinLines(lines)));
	return { planned, lines, title, description, anchors: mapAnchors(headings), abbreviations: taken.abbreviations };
}

/** Second pass: rewrite links and images (all pages' anchors are known now), wrap abbreviations, add front matter. */
export function finishPage(page: PreparedPage, references: Omit<ReferenceContext, 'lineAt' | 'source'>, counts: ConvertCounts): string {
	const text = joinLines(page.lines);
	const tree = parseMarkdown(text);
	const lineAt = (line: number) => page.lines[line - 1] ?? page.lines[0] ?? { text: '', file: page.planned.source, line: 1 };
	const edits = [
		...referenceEdits(tree, text, { ...references, source: page.planned.source, lineAt }),
		...abbreviationEdits(tree, text, page.abbreviations, counts),
	];
	const sidebar: Record<string, unknown> = {};
	if (page.planned.label !== undefined) sidebar['label'] = page.planned.label;
	if (page.planned.order !== undefined) sidebar['order'] = page.planned.order;
	if (page.planned.hidden) sidebar['hidden'] = true;
	const frontMatter: Record<string, unknown> = { title: page.title };
	if (page.description) frontMatter['description'] = page.description;
	if (Object.keys(sidebar).length) frontMatter['sidebar'] = sidebar;
	return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${applyEdits(text, edits).trimEnd()}\n`;
}

function readMeta(yaml: string | undefined): Record<string, unknown> {
	if (!yaml) return {};
	try {
		const value: unknown = parseYaml(yaml);
		return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

/** The first paragraph of prose as plain text, at most 160 characters (cut at a word, with an ellipsis). */
function firstParagraph(tree: ReturnType<typeof parseMarkdown>): string | undefined {
	for (const node of tree.children) {
		if (node.type !== 'paragraph') continue;
		const text = plainText(node).replace(/\s+/g, ' ').trim();
		if (!text || text.startsWith(':::')) continue;
		if (text.length <= 160) return text;
		const cut = text.slice(0, 159);
		return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : 159).replace(/[\s,;:.]+$/, '')}…`;
	}
	return undefined;
}

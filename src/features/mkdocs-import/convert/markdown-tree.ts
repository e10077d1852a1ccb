import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The Markdown syntax tree of a page (CommonMark + GFM: tables, task lists, footnotes), with positions. */
export function parseMarkdown(text: string): Root {
	return parser.parse(text);
}

/** Calls `visit` on every node, parents before children, with the chain of ancestors. */
export function walk(node: Nodes, visit: (node: Nodes, ancestors: readonly Nodes[]) => void, ancestors: Nodes[] = []): void {
	visit(node, ancestors);
	if ('children' in node) for (const child of node.children) walk(child, visit, [...ancestors, node]);
}

/** The text a reader sees in a node: text and code, without markup or HTML. */
export function plainText(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'image') return node.alt ?? '';
	if ('children' in node) return node.children.map((child) => plainText(child)).join('');
	return '';
}

/** A replacement of `text.slice(start, end)`. */
export interface TextEdit {
	start: number;
	end: number;
	text: string;
}

/** Applies non-overlapping edits (in any order); an edit overlapping an earlier-starting one is dropped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = [...edits].sort((a, b) => a.start - b.start);
	let out = '';
	let cursor = 0;
	for (const edit of sorted) {
		if (edit.start < cursor) continue;
		out += text.slice(cursor, edit.start) + edit.text;
		cursor = edit.end;
	}
	return out + text.slice(cursor);
}

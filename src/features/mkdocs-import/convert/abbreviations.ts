import type { Root } from 'mdast';
import { codeFenceMask, type SourceLine } from '../source-lines.ts';
import { walk, type TextEdit } from './markdown-tree.ts';
import { countConverted, type ConvertCounts } from './convert-counts.ts';

const DEFINITION = /^\*\[([^\]]+)\]:\s*(.*)$/;

/** Removes abbreviation definitions (`*[HTTP]: Hypertext Transfer Protocol`) and returns them. */
export function takeAbbreviations(lines: readonly SourceLine[]): { lines: SourceLine[]; abbreviations: Map<string, string> } {
	const inCode = codeFenceMask(lines);
	const abbreviations = new Map<string, string>();
	const kept = lines.filter((line, index) => {
		const match = inCode[index] ? null : DEFINITION.exec(line.text);
		if (match) abbreviations.set(match[1] ?? '', (match[2] ?? '').trim());
		return !match;
	});
	return { lines: kept, abbreviations };
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Wraps each use of an abbreviation in running text in `<abbr title="...">`, as the MkDocs
 * extension does. Headings are left alone: their text makes the anchor ids.
 */
export function abbreviationEdits(tree: Root, text: string, abbreviations: ReadonlyMap<string, string>, counts: ConvertCounts): TextEdit[] {
	if (abbreviations.size === 0) return [];
	const terms = [...abbreviations.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${terms.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
	const edits: TextEdit[] = [];
	walk(tree, (node, ancestors) => {
		if (node.type !== 'text' || ancestors.some((ancestor) => ancestor.type === 'heading')) return;
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		// Only where the source shows the text as parsed (no escapes or entities), so offsets match.
		if (start === undefined || end === undefined || text.slice(start, end) !== node.value) return;
		for (const match of node.value.matchAll(pattern)) {
			const title = abbreviations.get(match[0]) ?? '';
			edits.push({
				start: start + match.index,
				end: start + match.index + match[0].length,
				text: `<abbr title="${escapeAttribute(title)}">${match[0]}</abbr>`,
			});
			countConverted(counts, 'abbreviation');
		}
	});
	return edits;
}

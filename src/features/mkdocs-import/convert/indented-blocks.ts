import { codeFenceMask, dedent, derivedLine, indentOf, type SourceLine } from '../source-lines.ts';
import { parseAdmonitionOpener, parseTabOpener, renderAdmonition, renderTab } from './block-openers.ts';
import type { BlockResult, ConvertCounts } from './convert-counts.ts';

/**
 * Converts the block constructs of Python-Markdown extensions whose body is indented by four
 * columns under an opener line: admonitions (`!!!`), collapsible blocks (`???`, `???+`) and
 * content tabs (`===`). Bodies are converted first, so the constructs nest as they do in MkDocs;
 * code blocks are left alone. `headingDepth` is the depth of the heading the lines sit under,
 * for the sub-headings that tabs become.
 */
export function convertIndentedBlocks(lines: readonly SourceLine[], counts: ConvertCounts, headingDepth = 1): BlockResult {
	const inCode = codeFenceMask(lines);
	const out: SourceLine[] = [];
	let asideDepth = 0;
	let depth = headingDepth;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as SourceLine;
		const heading = /^(#{1,6})\s/.exec(line.text);
		if (!inCode[index] && heading) depth = heading[1]?.length ?? depth;
		const admonition = inCode[index] ? undefined : parseAdmonitionOpener(line.text);
		const tab = inCode[index] || admonition ? undefined : parseTabOpener(line.text);
		if (!admonition && !tab) {
			out.push(line);
			continue;
		}
		const indent = indentOf(line.text);
		let end = index + 1;
		while (end < lines.length) {
			const text = (lines[end] as SourceLine).text;
			if (text.trim() !== '' && indentOf(text) < indent + 4) break;
			end += 1;
		}
		while (end > index + 1 && (lines[end - 1] as SourceLine).text.trim() === '') end -= 1;
		let first = index + 1;
		while (first < end && (lines[first] as SourceLine).text.trim() === '') first += 1;
		const bodyLines = lines.slice(first, end).map((body) => ({ ...body, text: dedent(body.text, indent + 4) }));
		const body = convertIndentedBlocks(bodyLines, counts, tab ? depth + 1 : depth);
		const pad = ' '.repeat(indent);
		const rendered = admonition ? renderAdmonition(admonition, body, counts) : renderTab(tab ?? '', body, depth, counts);
		if (out.length && out.at(-1)?.text.trim() !== '') out.push(derivedLine('', line));
		for (const text of rendered.texts)
			out.push(
				text.line
					? { ...text.line, text: text.text === '' ? '' : pad + text.text }
					: derivedLine(text.text === '' ? '' : pad + text.text, line),
			);
		const next = lines[end];
		if (next && next.text.trim() !== '') out.push(derivedLine('', line));
		asideDepth = Math.max(asideDepth, rendered.asideDepth);
		index = end - 1;
	}
	return { lines: out, asideDepth };
}

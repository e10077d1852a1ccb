import { codeFenceMask, derivedLine, type SourceLine } from '../source-lines.ts';
import { countConverted, type ConvertCounts } from './convert-counts.ts';

const OPENER = /^(\s*)<([a-z][\w-]*)((?:\s+[^>]*?)?)\s+markdown(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?((?:\s+[^>]*?)?)\s*>\s*$/i;

/**
 * md_in_html: an HTML block opened by a tag with a `markdown` attribute (`<figure markdown>`)
 * holds Markdown. CommonMark reads Markdown inside HTML only after a blank line, so the attribute
 * is dropped and blank lines are put after the opening tag and before its closing tag.
 */
export function openMarkdownInHtml(lines: readonly SourceLine[], counts: ConvertCounts): SourceLine[] {
	const inCode = codeFenceMask(lines);
	const open: string[] = [];
	const out: SourceLine[] = [];
	lines.forEach((line, index) => {
		const opener = inCode[index] ? null : OPENER.exec(line.text);
		if (opener) {
			const tag = opener[2] ?? 'div';
			open.push(tag.toLowerCase());
			out.push({ ...line, text: `${opener[1]}<${tag}${opener[3] ?? ''}${opener[4] ?? ''}>` }, derivedLine('', line));
			countConverted(counts, 'markdown in HTML');
			return;
		}
		const closer = inCode[index] ? null : /^\s*<\/([a-z][\w-]*)>\s*$/i.exec(line.text);
		if (closer && open.at(-1) === closer[1]?.toLowerCase()) {
			open.pop();
			out.push(derivedLine('', line), line);
			return;
		}
		out.push(line);
	});
	return out;
}

/**
 * A page as lines that remember where they came from. Conversions insert, drop and dedent lines
 * (admonitions, tabs, inlined snippets); problems found later in the converted text must still
 * name the line a person wrote, so every line carries its origin.
 */
export interface SourceLine {
	text: string;
	/** File the line was written in, relative to the MkDocs project (a snippet keeps its own file). */
	file: string;
	/** 1-based line in that file. */
	line: number;
}

/** Splits a file's text into lines carrying their origin. */
export function toSourceLines(text: string, file: string, firstLine = 1): SourceLine[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	if (lines.length > 1 && lines.at(-1) === '') lines.pop();
	return lines.map((line, index) => ({ text: line, file, line: firstLine + index }));
}

/** A new line that stands for `origin` (a fence or a heading the converter wrote). */
export function derivedLine(text: string, origin: SourceLine): SourceLine {
	return { text, file: origin.file, line: origin.line };
}

/** The lines as one text, ending with a newline. */
export function joinLines(lines: readonly SourceLine[]): string {
	return lines.map((line) => line.text).join('\n') + '\n';
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * For each line, whether it belongs to a fenced code block (fences included), so conversions
 * leave code samples alone. A fence closes with the same character at least as long.
 */
export function codeFenceMask(lines: readonly SourceLine[]): boolean[] {
	const mask: boolean[] = [];
	let open: string | undefined;
	for (const { text } of lines) {
		const fence = FENCE.exec(text)?.[1];
		if (open === undefined) {
			if (fence) open = fence;
			mask.push(open !== undefined);
		} else {
			mask.push(true);
			if (fence && fence[0] === open[0] && fence.length >= open.length && text.trim() === fence) open = undefined;
		}
	}
	return mask;
}

/** Width of a line's leading whitespace, a tab counting as four columns (Python-Markdown's rule). */
export function indentOf(text: string): number {
	let width = 0;
	for (const char of text) {
		if (char === ' ') width += 1;
		else if (char === '\t') width += 4 - (width % 4);
		else break;
	}
	return width;
}

/** Removes `columns` of leading indentation (tabs expanded), leaving blank lines empty. */
export function dedent(text: string, columns: number): string {
	if (text.trim() === '') return '';
	let width = 0;
	let index = 0;
	while (index < text.length && width < columns) {
		const char = text[index];
		if (char === ' ') width += 1;
		else if (char === '\t') width += 4 - (width % 4);
		else break;
		index += 1;
	}
	return ' '.repeat(Math.max(0, width - columns)) + text.slice(index);
}

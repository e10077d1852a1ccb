import type { SourceLine } from '../source-lines.ts';

/** Counts of what a conversion changed, by construct (`admonition`, `content tab`, ...), for the summary. */
export type ConvertCounts = Map<string, number>;

export function countConverted(counts: ConvertCounts, construct: string, by = 1): void {
	counts.set(construct, (counts.get(construct) ?? 0) + by);
}

/** Converted lines, and how deeply asides nest in them (an outer aside needs a longer fence). */
export interface BlockResult {
	lines: SourceLine[];
	asideDepth: number;
}

/** A rendered construct: its lines (body lines keep their origin) and the depth of asides in it. */
export interface Rendered {
	texts: { text: string; line?: SourceLine }[];
	asideDepth: number;
}

/** The body's lines, each keeping its origin. */
export function bodyTexts(body: BlockResult): Rendered['texts'] {
	return body.lines.map((line) => ({ text: line.text, line }));
}

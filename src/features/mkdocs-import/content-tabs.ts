import { bodyTexts, countConverted, type BlockResult, type ConvertCounts, type Rendered } from './convert-counts.ts';

const OPENER = /^\s*===[!+]?\s+"(.*)"\s*$/;

/** The label of a content tab opener `=== "Label"`. */
export function parseTabOpener(text: string): string | undefined {
	return OPENER.exec(text)?.[1];
}

/**
 * A content tab as a sub-heading one level below the heading it sits under, followed by its body.
 * Tabs become headings rather than Starlight's `<Tabs>` so every imported page stays plain
 * Markdown: MDX would read each `{`, `<` and HTML comment of the source as code.
 */
export function renderTab(label: string, body: BlockResult, headingDepth: number, counts: ConvertCounts): Rendered {
	countConverted(counts, 'content tab');
	return {
		texts: [{ text: `${'#'.repeat(Math.min(6, Math.max(2, headingDepth + 1)))} ${label}` }, { text: '' }, ...bodyTexts(body)],
		asideDepth: body.asideDepth,
	};
}

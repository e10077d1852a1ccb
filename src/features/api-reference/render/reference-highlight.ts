import { createHighlight } from '#shared/shiki.ts';
import type { OperationContext } from './operation-html.ts';

/** A code block as the reference highlights it: language, code, and the HTML Shiki made of it. */
export type HighlightedBlock = [lang: string, code: string, html: string];

/**
 * The reference's highlighter: a block highlighted by an earlier build (`kept-highlights.ts`,
 * through `virtual:margo/reference-highlights`) is taken as it is, any other is highlighted now.
 */
export async function referenceHighlight(kept: readonly HighlightedBlock[]): Promise<OperationContext['highlight']> {
	const highlight = await createHighlight();
	const byBlock = new Map(kept.map(([lang, code, html]) => [`${lang}\0${code}`, html]));
	return (code, lang) => byBlock.get(`${lang}\0${code}`) ?? highlight(code, lang);
}

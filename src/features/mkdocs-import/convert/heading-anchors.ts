import GithubSlugger from 'github-slugger';
import { codeFenceMask, type SourceLine } from '../source-lines.ts';
import { countConverted, type ConvertCounts } from './convert-counts.ts';

const ATTRIBUTES = /\s*\{:?\s*([^{}]*)\}\s*$/;

/**
 * Removes attribute lists from ATX headings (`## Title {#custom-id .class}`, attr_list syntax):
 * Starlight's Markdown would print them. Returns the custom ids by heading line, so links to
 * `#custom-id` can be sent to the heading's new id.
 */
export function stripHeadingAttributes(
	lines: readonly SourceLine[],
	counts: ConvertCounts,
): { lines: SourceLine[]; customIds: Map<SourceLine, string> } {
	const inCode = codeFenceMask(lines);
	const customIds = new Map<SourceLine, string>();
	const out = lines.map((line, index) => {
		if (inCode[index] || !/^ {0,3}#{1,6}\s/.test(line.text)) return line;
		const match = ATTRIBUTES.exec(line.text);
		if (!match) return line;
		const stripped = { ...line, text: line.text.slice(0, match.index) };
		const id = /(?:^|\s)#([\w:.-]+)/.exec(match[1] ?? '')?.[1];
		if (id) customIds.set(stripped, id);
		countConverted(counts, 'heading attribute');
		return stripped;
	});
	return { lines: out, customIds };
}

/** Python-Markdown's default `toc` slug (what MkDocs links to): ASCII, lower case, runs of spaces and dashes as `-`. */
export function pythonMarkdownSlug(text: string, unicode = false): string {
	const folded = unicode ? text : text.normalize('NFKD').replace(/[\u0080-\uffff]/g, '');
	return folded
		.replace(/[^\p{L}\p{N}_\s-]/gu, '')
		.trim()
		.toLowerCase()
		.replace(/[-\s]+/g, '-');
}

/** A heading as the anchor map needs it. */
export interface HeadingInfo {
	text: string;
	customId?: string | undefined;
	/** The page title, removed from the body: links to it go to the top of the page. */
	isTitle: boolean;
}

/**
 * For one page, each anchor a MkDocs link may use (custom id, Python-Markdown slug in its ASCII
 * and Unicode forms, with `_1` suffixes for repeats) mapped to the id Starlight gives the heading
 * (github-slugger over the body headings, `-1` suffixes); `''` for the title.
 */
export function mapAnchors(headings: readonly HeadingInfo[]): Map<string, string> {
	const anchors = new Map<string, string>();
	const slugger = new GithubSlugger();
	const used = { ascii: new Set<string>(), unicode: new Set<string>() };
	for (const heading of headings) {
		const target = heading.isTitle ? '' : slugger.slug(heading.text);
		const set = (key: string) => {
			if (!anchors.has(key)) anchors.set(key, target);
		};
		if (heading.customId) set(heading.customId);
		set(unique(pythonMarkdownSlug(heading.text), used.ascii));
		set(unique(pythonMarkdownSlug(heading.text, true), used.unicode));
		if (target) set(target);
	}
	return anchors;
}

/** Python-Markdown's `unique`: `id`, then `id_1`, `id_2`, ... */
function unique(id: string, used: Set<string>): string {
	let candidate = id;
	for (let n = 1; used.has(candidate) || !candidate; n++) candidate = `${id}_${n}`;
	used.add(candidate);
	return candidate;
}

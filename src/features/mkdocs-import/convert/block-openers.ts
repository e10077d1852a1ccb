import { bodyTexts, countConverted, type BlockResult, type ConvertCounts, type Rendered } from './convert-counts.ts';

/**
 * The three openers of an indented block (see `indented-blocks.ts`): admonitions, collapsible
 * blocks and content tabs, each read from its opener line and rendered for Starlight.
 */

/** An admonition opener: `!!! type "Title"`, or a collapsible one `??? type` / `???+ type` (open). */
export interface AdmonitionOpener {
	type: string;
	/** The quoted title; `''` for an explicitly empty title, `undefined` when none is given. */
	title: string | undefined;
	collapsible: 'closed' | 'open' | undefined;
}

const ADMONITION = /^\s*(!!!|\?\?\?\+?)\s+([\w-]+)(?:\s+[\w-]+)*\s*(?:"(.*)")?\s*$/;

export function parseAdmonitionOpener(text: string): AdmonitionOpener | undefined {
	const match = ADMONITION.exec(text);
	if (!match) return undefined;
	const marker = match[1] ?? '!!!';
	return {
		type: (match[2] ?? 'note').toLowerCase(),
		title: match[3],
		collapsible: marker === '!!!' ? undefined : marker === '???+' ? 'open' : 'closed',
	};
}

/**
 * Starlight has four asides; MkDocs Material has a dozen admonition types. Each type goes to the
 * aside of the same intent (a `warning` is a caution, a `bug` a danger); its own name stays as
 * the title when the aside's name differs, so the reader sees what the author wrote.
 */
const ASIDE_OF: Record<string, 'note' | 'tip' | 'caution' | 'danger'> = {
	note: 'note',
	abstract: 'note',
	summary: 'note',
	tldr: 'note',
	info: 'note',
	todo: 'note',
	example: 'note',
	quote: 'note',
	cite: 'note',
	seealso: 'note',
	tip: 'tip',
	hint: 'tip',
	important: 'tip',
	success: 'tip',
	check: 'tip',
	done: 'tip',
	question: 'tip',
	help: 'tip',
	faq: 'tip',
	warning: 'caution',
	caution: 'caution',
	attention: 'caution',
	danger: 'danger',
	error: 'danger',
	failure: 'danger',
	fail: 'danger',
	missing: 'danger',
	bug: 'danger',
};

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An admonition as a Starlight aside (`:::caution[Title]`), a collapsible one as `<details>`. */
export function renderAdmonition(opener: AdmonitionOpener, body: BlockResult, counts: ConvertCounts): Rendered {
	const texts = bodyTexts(body);
	if (opener.collapsible) {
		countConverted(counts, 'collapsible block');
		const summary = opener.title || capitalise(opener.type);
		return {
			texts: [
				{ text: opener.collapsible === 'open' ? '<details open>' : '<details>' },
				{ text: `<summary>${escapeHtml(summary)}</summary>` },
				{ text: '' },
				...texts,
				{ text: '' },
				{ text: '</details>' },
			],
			asideDepth: body.asideDepth,
		};
	}
	countConverted(counts, 'admonition');
	const aside = ASIDE_OF[opener.type] ?? 'note';
	const title = opener.title === undefined ? (aside === opener.type ? '' : capitalise(opener.type)) : opener.title;
	const fence = ':'.repeat(3 + body.asideDepth);
	const label = title ? `[${title.replace(/([[\]])/g, '\\$1')}]` : '';
	return { texts: [{ text: `${fence}${aside}${label}` }, ...texts, { text: fence }], asideDepth: body.asideDepth + 1 };
}

const TAB = /^\s*===[!+]?\s+"(.*)"\s*$/;

/** The label of a content tab opener `=== "Label"`. */
export function parseTabOpener(text: string): string | undefined {
	return TAB.exec(text)?.[1];
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

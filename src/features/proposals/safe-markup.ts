import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { sanitizeHtmlFragment } from '#shared/html-sanitizer.ts';
import type { Problem } from '#shared/problems.ts';

/** Schemes a link of a SUP may have; relative and fragment links have none. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme of a URL as a browser reads it (it drops tabs, newlines, and control characters and spaces in front). */
const schemeOf = (url: string) =>
	// eslint-disable-next-line no-control-regex -- the control characters a browser ignores are what this removes
	/^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();

type Node = Root | RootContent;
type Edit = { start: number; end: number; text: string };

/** One pass over the Markdown: the edits that make its raw HTML, links and images safe. */
function unsafeSpots(text: string, report: (node: Node, message: string) => void): Edit[] {
	const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
	const edits: Edit[] = [];
	const visit = (node: Node) => {
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined) return;
		if (node.type === 'html') {
			const { html, removed } = sanitizeHtmlFragment(node.value);
			if (html === undefined) return;
			if (removed)
				report(
					node,
					'raw HTML lost what the site does not publish (scripts, styles, frames, event handlers, links other than http, https, mailto or relative)',
				);
			// One line in place of the piece, then its line breaks, so later lines keep their numbers.
			const breaks = '\n'.repeat((text.slice(start, end).match(/\n/g) ?? []).length);
			edits.push({ start, end, text: `${html.replace(/\r?\n/g, '&#10;')}${breaks}` });
			return;
		}
		if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
			const scheme = schemeOf(node.url);
			const allowed = scheme === undefined || (node.type === 'image' ? scheme === 'http' || scheme === 'https' : LINK_SCHEMES.has(scheme));
			if (!allowed) {
				report(node, `a ${node.type === 'image' ? 'figure' : 'link'} to a ${scheme}: address is not published`);
				const inner =
					'children' in node && node.children.length
						? text.slice(node.children[0]!.position!.start.offset, node.children.at(-1)!.position!.end.offset)
						: '';
				const replacement =
					node.type === 'definition' ? `[${node.label ?? node.identifier}]: #` : node.type === 'image' ? node.alt || '' : inner;
				edits.push({ start, end, text: replacement });
				return;
			}
		}
		if ('children' in node) (node.children as RootContent[]).forEach(visit);
	};
	visit(tree);
	return edits;
}

/**
 * A SUP's Markdown with nothing on it that could run or load from elsewhere: raw HTML goes through
 * the site's one allow-list (`#shared/html-sanitizer.ts`, as API descriptions do: images of other
 * hosts become links; scripts, event handlers and `javascript:` URLs go), and links, figures and
 * link definitions with another scheme than http, https or mailto keep only their text. A change
 * can make new Markdown of what was HTML, so passes repeat until nothing changes; each removal is
 * a warning at file:line.
 */
export function safeMarkup(text: string, file: string): { text: string; warnings: Problem[] } {
	const warnings: Problem[] = [];
	let out = text;
	for (let pass = 0; pass < 5; pass++) {
		const edits = unsafeSpots(out, (node, message) => {
			// Lines stay where they were written, so the first pass's positions are the file's.
			if (pass > 0) return;
			warnings.push({
				code: 'proposal/unsafe-markup',
				file,
				line: node.position?.start.line ?? 1,
				column: node.position?.start.column ?? 1,
				message,
				hint: 'write the figure or link in Markdown to a file of the SUP folder, or to an http(s) address',
			});
		});
		if (!edits.length) return { text: out, warnings };
		for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	}
	// Not expected: the markup kept changing. Publish the words only.
	return { text: out.replace(/[<>[\]()]/g, ' '), warnings };
}

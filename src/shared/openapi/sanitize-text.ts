import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { markdownToHast } from 'satteri';
import { unified } from 'unified';
import { imagesOfOtherHostsAsLinks, sanitizeSchema } from '../html-sanitizer.ts';

/**
 * The one sanitizing path for the Markdown of API documents, which come from third parties too.
 * A description is parsed by the parser that renders the pages (Sätteri, raw HTML parsed into
 * elements) and the tree is sanitized with the site's one allow-list (`#shared/html-sanitizer.ts`,
 * shared with SUPs: GitHub's, with links only to http, https, mailto or relative and fragment URLs,
 * and no `data:` anywhere; an image of another host becomes a link to it, since the site loads
 * nothing from other hosts): `<script>`,
 * `<form>`, `<base>`, `<iframe>`, `<svg>`, `on*` attributes and `javascript:` URLs however they are
 * spelled (entities, tabs, reference-style definitions, `<…>` destinations) do not survive it.
 *
 * A description the sanitizer leaves unchanged is kept as written. Any other is replaced by its
 * sanitized HTML, written as one line that opens with `<div>`: for CommonMark that is one HTML
 * block, passed through as it is, so neither the pages nor Scalar's own renderer reads Markdown
 * into it again. The result is checked the same way before it is used; should it still change,
 * the description becomes its text alone.
 *
 * Plain-text fields (summaries, titles, names) are not Markdown: consumers escape them as text.
 */

const sanitizer = unified().use(imagesOfOtherHostsAsLinks).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).freeze();
const stringifier = unified().use(rehypeStringify).freeze();

function treeOf(text: string): Root {
	return markdownToHast(text, { features: { rawHtml: true }, position: false }) as unknown as Root;
}

/** The HTML of a tree as written, and once sanitized. */
function renderings(text: string): { html: string; clean: string } {
	const tree = treeOf(text);
	const html = stringifier.stringify(tree);
	const clean = sanitizer.stringify(sanitizer.runSync(structuredClone(tree)) as Root);
	return { html, clean };
}

/** One-line HTML in a `<div>`: a single CommonMark HTML block. */
function asHtmlBlock(html: string): string {
	return `<div>${html.replace(/\r/g, '&#13;').replace(/\n/g, '&#10;')}</div>`;
}

/**
 * Whether a text may render to anything but allowed markup. Without `<` there is no raw HTML and
 * no autolink, without `&` no entity to spell a scheme with; a link can then only carry a scheme
 * written out, so a text whose every `word:` is `http:`, `https:` or `mailto:` renders safely.
 * (Most descriptions pass here: GitHub's links to its documentation, over 700 of them, do.)
 */
function mayHoldMarkup(text: string): boolean {
	if (/[<&]/.test(text)) return true;
	for (const [, scheme] of text.matchAll(/([a-z][a-z0-9+.-]*):/gi)) if (!ALLOWED_SCHEMES.has(scheme!.toLowerCase())) return /[\]]/.test(text);
	return false;
}
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** A Markdown text whose rendering holds only allowed markup (the text itself when it already did). */
export function sanitizeMarkdown(text: string): string {
	if (!mayHoldMarkup(text)) return text;
	const { html, clean } = renderings(text);
	if (html === clean) return text;
	const block = asHtmlBlock(clean);
	const again = renderings(block);
	if (again.html === again.clean) return block;
	// Not expected: the sanitized HTML read back differently. Keep the words, lose the markup.
	return asHtmlBlock(escapeText(textOf(clean)));
}

function textOf(html: string): string {
	return html.replace(/<[^>]*>/g, ' ');
}

function escapeText(text: string): string {
	return text.replace(/&(?![#a-z0-9]+;)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Keys whose values are data (examples, defaults), shown as code, never as Markdown. */
const DATA_KEYS = new Set(['example', 'default', 'const', 'enum']);
/** Keys whose values map names to schemas: a property may be called `example` or `description`. */
const NAME_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']);

/**
 * The sanitized form of every Markdown field of a document (each `description`), as the path
 * to the field and its new text; fields already safe are not listed. The document is not
 * changed: the loader applies the list to a copy.
 */
export function unsafeDescriptions(document: unknown): { tokens: string[]; text: string }[] {
	const found: { tokens: string[]; text: string }[] = [];
	// `nameMap`: the node maps names to schemas, so its keys are names, not fields.
	type Entry = { node: unknown; key: string; nameMap: boolean; parent: Entry | undefined };
	const stack: Entry[] = [{ node: document, key: '', nameMap: false, parent: undefined }];
	const pathOf = (entry: Entry) => {
		const tokens: string[] = [];
		for (let at: Entry | undefined = entry; at?.parent; at = at.parent) tokens.unshift(at.key);
		return tokens;
	};
	while (stack.length) {
		const entry = stack.pop()!;
		const { node, nameMap } = entry;
		if (Array.isArray(node)) {
			for (let index = 0; index < node.length; index++) {
				const item: unknown = node[index];
				if (typeof item === 'object' && item !== null) stack.push({ node: item, key: String(index), nameMap: false, parent: entry });
			}
			continue;
		}
		const object = node as Record<string, unknown>;
		for (const key in object) {
			const value = object[key];
			if (!nameMap) {
				if (DATA_KEYS.has(key)) continue;
				// An Example object's value (under `examples`), and a schema's `examples` array, are data.
				if (key === 'value' && entry.parent?.key === 'examples') continue;
				if (key === 'examples' && Array.isArray(value)) continue;
				if (key === 'description' && typeof value === 'string') {
					const text = sanitizeMarkdown(value);
					if (text !== value) found.push({ tokens: [...pathOf(entry), key], text });
					continue;
				}
			}
			if (typeof value === 'object' && value !== null) stack.push({ node: value, key, nameMap: !nameMap && NAME_MAPS.has(key), parent: entry });
		}
	}
	return found;
}

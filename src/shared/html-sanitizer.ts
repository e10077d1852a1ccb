import type { Element, Root, RootContent } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { htmlToHast } from 'satteri';
import { unified } from 'unified';

/**
 * The one allow-list for markup the site publishes from others (API descriptions, SUPs): GitHub's
 * (rehype-sanitize's default), with links only to http, https, mailto or relative and fragment
 * URLs, and no `data:` anywhere. `<script>`, `<style>`, `<iframe>`, `<form>`, `on*` attributes and
 * `javascript:` URLs however they are spelled do not survive it.
 */
export const sanitizeSchema: SanitizeSchema = {
	...defaultSchema,
	protocols: {
		...defaultSchema.protocols,
		href: ['http', 'https', 'mailto'],
		cite: ['http', 'https'],
		src: ['http', 'https'],
		longDesc: ['http', 'https'],
	},
};

/**
 * The site loads nothing from other hosts: an `<img>` with an absolute or scheme-relative source
 * becomes a link to it, named by its `alt`. A unified plugin, run before the sanitizer (which then
 * checks the link's scheme like any other).
 */
export function imagesOfOtherHostsAsLinks() {
	return (tree: Root) => {
		const visit = (node: Root | Element) => {
			for (const [index, child] of node.children.entries()) {
				if (child.type !== 'element') continue;
				const src = child.properties['src'];
				if (child.tagName === 'img' && typeof src === 'string' && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim())) {
					const alt = typeof child.properties['alt'] === 'string' && child.properties['alt'] ? child.properties['alt'] : src;
					node.children[index] = { type: 'element', tagName: 'a', properties: { href: src }, children: [{ type: 'text', value: alt }] };
				} else visit(child);
			}
		};
		visit(tree);
	};
}

const asWritten = unified().use(rehypeStringify).freeze();
const imagesAsLinks = unified().use(imagesOfOtherHostsAsLinks).use(rehypeStringify).freeze();
const sanitizer = unified().use(imagesOfOtherHostsAsLinks).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).freeze();

/** What the three processors share: run on a copy of the tree, then write it out. */
interface HtmlProcessor {
	runSync(tree: Root): unknown;
	stringify(tree: Root): string;
}
const render = (processor: HtmlProcessor, tree: Root) => processor.stringify(processor.runSync(structuredClone(tree)) as Root);

/**
 * A piece of raw HTML as the site may publish it. `html` is `undefined` when the piece is fine as
 * written (a lone `<details>` opening a block stays open); `removed` says the sanitizer took
 * something out, beyond turning images of other hosts into links.
 */
export function sanitizeHtmlFragment(raw: string): { html: string | undefined; removed: boolean } {
	const tree: Root = { type: 'root', children: (htmlToHast(raw, { fragment: true }) as unknown as Root).children as RootContent[] };
	const written = render(asWritten, tree);
	const clean = render(sanitizer, tree);
	if (clean === written) return { html: undefined, removed: false };
	return { html: clean, removed: clean !== render(imagesAsLinks, tree) };
}

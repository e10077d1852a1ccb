import type { Html, Root as MdastRoot, Text } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * Renders text written on GitHub (comments, reviews) by people outside the repository as HTML
 * that is safe to put in a page. Raw HTML is shown as text, not interpreted (`<script>` appears
 * as the characters `<script>`); then rehype-sanitize with GitHub's own allow-list removes what
 * Markdown itself can express that is unsafe: `javascript:`, `data:` and other links outside
 * http(s)/mailto and event handlers. Ids are prefixed so they cannot clobber the page's own.
 * Links leave with `rel="nofollow ugc noopener"`.
 */

type Parent = { type: string; children: unknown[] };
const isParent = (node: unknown): node is Parent => Array.isArray((node as Partial<Parent>).children);

/** Raw HTML in the Markdown becomes literal text. */
function escapeRawHtml() {
	const walk = (parent: Parent) => {
		parent.children = parent.children.map((child) => {
			if (isParent(child)) walk(child);
			if ((child as Partial<Html>).type !== 'html') return child;
			const text: Text = { type: 'text', value: (child as Html).value };
			// A block of HTML stands where a paragraph would; inline HTML already sits inside one.
			return ['root', 'blockquote', 'listItem', 'footnoteDefinition'].includes(parent.type)
				? { type: 'paragraph', children: [text] }
				: text;
		});
	};
	return (tree: MdastRoot) => walk(tree);
}

/** Links in someone else's text are not endorsed by the site. */
function markLinks() {
	const walk = (node: HastRoot | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.tagName === 'a' && typeof child.properties['href'] === 'string') child.properties['rel'] = ['nofollow', 'ugc', 'noopener'];
			walk(child);
		}
	};
	return (tree: HastRoot) => walk(tree);
}

const schema = {
	...defaultSchema,
	// Every id comes from remark-rehype, which prefixes it (raw HTML is text by then), so the
	// sanitizer need not prefix again.
	clobberPrefix: '',
	// Only web and mail links; images only from the web (GitHub's allow-list also has irc/xmpp).
	protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
	attributes: { ...defaultSchema.attributes, a: [...(defaultSchema.attributes?.['a'] ?? []), 'rel'] },
};

const processors = new Map<string, ReturnType<typeof processorFor>>();

function processorFor(idPrefix: string) {
	return unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(escapeRawHtml)
		.use(remarkRehype, { clobberPrefix: idPrefix })
		.use(rehypeSanitize, schema)
		.use(markLinks)
		.use(rehypeStringify)
		.freeze();
}

/**
 * `markdown` as sanitized HTML; blank text gives an empty string. `idPrefix` starts every id the
 * text makes (footnotes): give each comment on a page its own, e.g. `comment-123-`.
 */
export function renderUntrustedMarkdown(markdown: string, idPrefix = 'user-content-'): string {
	if (!markdown.trim()) return '';
	let processor = processors.get(idPrefix);
	if (!processor) processors.set(idPrefix, (processor = processorFor(idPrefix)));
	return String(processor.processSync(markdown)).trim();
}

import { defineMdastPlugin, markdownToHtml } from 'satteri';
import { escapeHtml } from './escape-html.ts';

/**
 * Text to HTML for the reference pages, which are built as strings rather than as components:
 * GitHub's description has over a thousand operations, and string building keeps a build of
 * that size within seconds.
 */

export { escapeHtml } from './escape-html.ts';

/**
 * A description's images on other hosts become links: the site makes no request to another host,
 * whatever an API document embeds (GitHub's shows emoji from its CDN).
 */
const remoteImagesAsLinks = defineMdastPlugin({
	name: 'remote-images-as-links',
	image(node, ctx) {
		if (!/^[a-z]+:\/\//i.test(node.url)) return;
		ctx.replaceNode(node, { type: 'link', url: node.url, children: [{ type: 'text', value: node.alt || node.url }] });
	},
});

/** CommonMark with GitHub tables, as OpenAPI prescribes for `description` fields. */
export function markdown(text: string): string {
	return markdownToHtml(text, { mdastPlugins: [remoteImagesAsLinks] }).html.trim();
}

/** Markdown for one line (a summary, a table cell): the surrounding paragraph removed. */
export function inlineMarkdown(text: string): string {
	const html = markdown(text);
	const match = /^<p>([\s\S]*)<\/p>$/.exec(html);
	return match && !match[1]!.includes('<p>') ? match[1]! : html;
}

/** Inline code of a JSON value, e.g. for `const` and `enum` values. */
export function codeValue(value: unknown): string {
	return `<code>${escapeHtml(typeof value === 'string' ? value : JSON.stringify(value))}</code>`;
}

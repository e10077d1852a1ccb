import { htmlToHast } from 'satteri';

/** An element as `liveMarkup` shows it to `isOwn`. */
export interface MarkupElement {
	tagName: string;
	properties: Record<string, unknown>;
	/** The element's text, its descendants' included. */
	text: string;
}

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

const ACTIVE = ['script', 'form', 'base', 'iframe', 'frame', 'object', 'embed', 'meta', 'svg', 'math', 'style', 'link', 'template'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'data', 'background'];

/**
 * What in an HTML text could run script, restyle the page or send the reader elsewhere:
 * script-capable or page-changing elements, event-handler attributes and URLs with a scheme other
 * than http, https or mailto. Read from the parsed HTML as a browser reads it (entities decoded),
 * not by searching the text. `isOwn` accepts the site's own elements of those kinds (a whole
 * page has its scripts, styles and icons).
 */
export function liveMarkup(html: string, isOwn: (element: MarkupElement) => boolean = () => false): string[] {
	const found: string[] = [];
	const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');
	const visit = (node: Node) => {
		if (node.type === 'element' && node.tagName) {
			const properties = node.properties ?? {};
			if (ACTIVE.includes(node.tagName) && !isOwn({ tagName: node.tagName, properties, text: textOf(node) }))
				found.push(`<${node.tagName}>`);
			for (const [name, value] of Object.entries(properties)) {
				if (/^on/i.test(name)) found.push(`<${node.tagName} ${name}>`);
				if (URL_ATTRIBUTES.includes(name) && typeof value === 'string') {
					// Browsers drop tabs, newlines and leading spaces before reading a scheme.
					// eslint-disable-next-line no-control-regex
					const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
					const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
					if (scheme && !['http', 'https', 'mailto'].includes(scheme)) found.push(`<${node.tagName} ${name}="${value}">`);
				}
			}
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(htmlToHast(html, { fragment: !/^\s*<!doctype/i.test(html) }) as unknown as Node);
	return found;
}

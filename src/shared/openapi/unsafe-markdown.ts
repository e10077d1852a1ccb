/**
 * Descriptions are Markdown, which may carry raw HTML. A document from elsewhere may hold script
 * tags, event-handler attributes or `javascript:` URLs; none of them is ever rendered. Redocly's
 * `no-unsafe-markdown` rule reports them (it stops a `strict` document); for a `warn` document the
 * reference renders the description with them removed. The patterns are Redocly's, so what is
 * reported is what is removed.
 */

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<script\b[^>]*>[\s\S]*$/gi;
const EVENT_HANDLER = /(<[a-z][^>]*?)\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const MARKDOWN_URL = /(\]\(\s*)javascript:(?:[^()\s]|\([^()]*\))*/gi;
const ATTRIBUTE_URL = /(\b(?:href|src)\s*=\s*["']?\s*)javascript:[^"'\s>]*/gi;

/** The text without script elements, event-handler attributes and `javascript:` URLs (which become `#`). */
export function removeUnsafeMarkdown(text: string): string {
	let clean = text.replace(SCRIPT, '');
	// A tag can carry several handlers; each pass removes one per tag.
	for (let previous = ''; previous !== clean; ) [previous, clean] = [clean, clean.replace(EVENT_HANDLER, '$1')];
	return clean.replace(MARKDOWN_URL, '$1#').replace(ATTRIBUTE_URL, '$1#');
}

/**
 * Cleans every `description` of a document in place (the in-memory 3.1 form, never the file as
 * written) and returns the JSON pointers of those it changed; with `apply: false`, only finds them.
 */
export function removeUnsafeDescriptions(document: unknown, { apply = true } = {}): string[] {
	const changed: string[] = [];
	const visit = (node: unknown, pointer: string) => {
		if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${pointer}/${index}`));
		if (typeof node !== 'object' || node === null) return;
		const object = node as Record<string, unknown>;
		for (const [key, value] of Object.entries(object)) {
			const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
			if (key === 'description' && typeof value === 'string') {
				const clean = removeUnsafeMarkdown(value);
				if (clean !== value) {
					if (apply) object[key] = clean;
					changed.push(at);
				}
			} else visit(value, at);
		}
	};
	visit(document, '');
	return changed;
}

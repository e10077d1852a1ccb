import type { Blockquote, Paragraph, Text } from 'mdast';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';

/**
 * The Starlight aside each GitHub alert becomes, and the title it keeps. Starlight has four
 * variants where GitHub has five: IMPORTANT and WARNING both become a caution aside, CAUTION a
 * danger one, each titled with GitHub's word so the reader sees what the author wrote.
 */
const ALERTS: Readonly<Record<string, { variant: 'note' | 'tip' | 'caution' | 'danger'; title?: string }>> = {
	note: { variant: 'note' },
	tip: { variant: 'tip' },
	important: { variant: 'caution', title: 'Important' },
	warning: { variant: 'caution', title: 'Warning' },
	caution: { variant: 'danger', title: 'Caution' },
};

/** `[!NOTE]` alone on the first line of a block quote, as GitHub requires (any case). */
const MARKER = /^\[!(\w+)\][ \t]*(?:\r?\n|$)/;

/**
 * GitHub's alert syntax (`> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]`) as
 * Starlight asides, for every page the site's Markdown pipeline renders. A Sätteri plugin, so
 * the site stays on Astro's native Markdown engine: it turns the block quote into the same
 * `:::note` container directive an author would write, which Starlight's own asides plugin
 * then renders (same markup, icons and translations as `:::note`). It must come before
 * Starlight's plugins: `markdownConfig` lists it in the processor's own options, which
 * Starlight appends to. Like GitHub, only a block quote at the top level of the page is an
 * alert; one inside a list or another quote stays a quote.
 */
export function githubAlertsPlugin(): MdastPluginEntry {
	// Most pages have no alert: leave the plugin out of their compile.
	return ({ source }: PluginFactoryContext) =>
		source.includes('[!') && {
			name: 'margo:github-alerts',
			blockquote(node: Readonly<Blockquote>, ctx) {
				if (ctx.parent(node)?.type !== 'root') return;
				const [first, ...rest] = node.children;
				const text = first?.type === 'paragraph' ? first.children[0] : undefined;
				const marker = text?.type === 'text' ? MARKER.exec(text.value) : null;
				const alert = marker ? ALERTS[(marker[1] ?? '').toLowerCase()] : undefined;
				if (!alert || !marker || !first || text?.type !== 'text') return;
				const remainder = text.value.slice(marker[0].length);
				// `> [!NOTE]` on a line of its own, a blank quoted line after it: the marker's paragraph goes.
				const keepFirst = remainder.trim() !== '' || (first as Paragraph).children.length > 1;
				if (keepFirst) ctx.setProperty(text as Readonly<Text>, 'value', remainder.trimStart());
				const label: Paragraph[] = alert.title
					? [{ type: 'paragraph', data: { directiveLabel: true }, children: [{ type: 'text', value: alert.title }] } as Paragraph]
					: [];
				ctx.replaceNode(node, {
					type: 'containerDirective',
					name: alert.variant,
					attributes: {},
					children: [...label, ...(keepFirst ? [first] : []), ...rest],
				});
			},
		};
}

import type { Element, ElementContent } from 'hast';
import type { LexiconTerm } from './lexicon.ts';

/** Where no term is linked: headings, code, existing links and the like. */
const SKIP = new Set([
	'a',
	'code',
	'pre',
	'kbd',
	'samp',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'script',
	'style',
	'svg',
	'button',
	'figcaption',
]);

export interface TermLinker {
	/** Links the terms first used in `node`; later calls skip terms already linked. */
	link(node: Element): Element;
	/** Marks the terms an author already linked by hand, so they are not linked twice. */
	noteExistingLinks(node: Element): void;
}

/**
 * Links lexicon terms on their first use in a page, in document order: the first occurrence of
 * each term (any case, singular or plural, hyphen or space) becomes a link to its definition with
 * a tooltip of its first sentence, shown on hover and on keyboard focus by CSS. Longer terms win
 * over shorter ones that start at the same place (`application package` over `application`).
 */
export function createTermLinker(terms: readonly LexiconTerm[], href: (anchor: string) => string): TermLinker {
	const byName = new Map<string, LexiconTerm>();
	for (const term of terms) for (const name of term.names) if (!byName.has(normalize(name))) byName.set(normalize(name), term);
	const names = [...byName.keys()].sort((a, b) => b.length - a.length);
	const pattern = names.length
		? new RegExp(`(?<![\\p{L}\\p{N}])(${names.map(namePattern).join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu')
		: undefined;
	const used = new Set<LexiconTerm>();
	const termCount = new Set(byName.values()).size;
	const anchors = new Map(terms.map((term) => [term.anchor, term]));

	const linkText = (value: string): ElementContent[] => {
		if (!pattern) return [{ type: 'text', value }];
		const output: ElementContent[] = [];
		let last = 0;
		for (const match of value.matchAll(pattern)) {
			const term = byName.get(normalize(match[1] ?? ''));
			if (!term || used.has(term)) continue;
			used.add(term);
			if (match.index > last) output.push({ type: 'text', value: value.slice(last, match.index) });
			output.push(termLink(term, match[0], href(term.anchor)));
			last = match.index + match[0].length;
		}
		if (last < value.length) output.push({ type: 'text', value: value.slice(last) });
		return output;
	};
	const linkNode = (node: ElementContent): ElementContent[] => {
		if (node.type === 'text') return linkText(node.value);
		if (node.type !== 'element' || SKIP.has(node.tagName) || used.size === termCount) return [node];
		return [{ ...node, properties: { ...node.properties }, children: node.children.flatMap(linkNode) }];
	};
	return {
		link: (node) => ({ ...node, properties: { ...node.properties }, children: node.children.flatMap(linkNode) }),
		noteExistingLinks(node) {
			if (node.tagName === 'a') {
				const anchor = /\/concepts\/lexicon\/?#([^/?#]+)$/.exec(String(node.properties['href'] ?? ''))?.[1];
				const term = anchor ? anchors.get(decodeURIComponent(anchor)) : undefined;
				if (term) used.add(term);
			}
			for (const child of node.children) if (child.type === 'element') this.noteExistingLinks(child);
		},
	};
}

function termLink(term: LexiconTerm, text: string, href: string): Element {
	const tip = `lexicon-tip-${term.anchor}`;
	return {
		type: 'element',
		tagName: 'span',
		properties: { className: ['lexicon-term'] },
		children: [
			{ type: 'element', tagName: 'a', properties: { href, ariaDescribedBy: [tip] }, children: [{ type: 'text', value: text }] },
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['lexicon-tip'], role: 'tooltip', id: tip, dataPagefindIgnore: '' },
				children: [{ type: 'text', value: term.summary }],
			},
		],
	};
}

const normalize = (name: string) =>
	name
		.toLowerCase()
		.replace(/[\s-]+/g, ' ')
		.trim();
const namePattern = (name: string) =>
	name
		.split(' ')
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('[\\s-]+');

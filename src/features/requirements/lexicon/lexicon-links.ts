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
	/** Links the terms first used in `node`; later calls skip terms already linked. Gives links written by hand their tooltip. */
	link(node: Element): Element;
	/** A link to the lexicon written by hand, with its tooltip; `undefined` for any other element. */
	tipLink(node: Element): Element | undefined;
	/** Whether `node` is a link to a lexicon term. */
	isTermLink(node: Element): boolean;
	/** Whether the text inside an element with this tag is left alone (headings, code, links). */
	skips(tagName: string): boolean;
	/** Marks the terms an author already linked by hand, so they are not linked twice; tells whether `node` has any. */
	noteExistingLinks(node: Element): boolean;
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
	const anchors = new Map(terms.map((term) => [term.anchor, term]));
	const linkedTerm = (node: Element) => {
		const anchor = /\/concepts\/lexicon\/?#([^/?#]+)$/.exec(String(node.properties['href'] ?? ''))?.[1];
		return anchor ? anchors.get(decodeURIComponent(anchor)) : undefined;
	};
	// A term linked by hand more than once gets a tooltip each time: each needs its own id.
	const tipIds = new Map<LexiconTerm, number>();
	const tipId = (term: LexiconTerm) => {
		const n = (tipIds.get(term) ?? 0) + 1;
		tipIds.set(term, n);
		return `lexicon-tip-${term.anchor}${n > 1 ? `-${n}` : ''}`;
	};

	const linkText = (value: string): ElementContent[] => {
		if (!pattern) return [{ type: 'text', value }];
		const output: ElementContent[] = [];
		let last = 0;
		for (const match of value.matchAll(pattern)) {
			const term = byName.get(normalize(match[1] ?? ''));
			if (!term || used.has(term)) continue;
			used.add(term);
			if (match.index > last) output.push({ type: 'text', value: value.slice(last, match.index) });
			const id = tipId(term);
			output.push(
				withTip(term, id, {
					type: 'element',
					tagName: 'a',
					properties: { href: href(term.anchor) },
					children: [{ type: 'text', value: match[0] }],
				}),
			);
			last = match.index + match[0].length;
		}
		if (last < value.length) output.push({ type: 'text', value: value.slice(last) });
		return output;
	};
	const visit =
		(linkTerms: boolean) =>
		(node: ElementContent): ElementContent[] => {
			if (node.type === 'text') return linkTerms ? linkText(node.value) : [node];
			if (node.type !== 'element') return [node];
			const handLinked = node.tagName === 'a' ? linkedTerm(node) : undefined;
			if (handLinked) return [withTip(handLinked, tipId(handLinked), node)];
			if (SKIP.has(node.tagName) && node.tagName !== 'a') return [node];
			// Inside another link no term is linked, but nothing else changes either.
			return [{ ...node, properties: { ...node.properties }, children: node.children.flatMap(visit(linkTerms && node.tagName !== 'a')) }];
		};
	return {
		link: (node) => ({ ...node, properties: { ...node.properties }, children: node.children.flatMap(visit(true)) }),
		tipLink(node) {
			const term = node.tagName === 'a' ? linkedTerm(node) : undefined;
			return term ? withTip(term, tipId(term), node) : undefined;
		},
		isTermLink: (node) => node.tagName === 'a' && linkedTerm(node) !== undefined,
		skips: (tagName) => SKIP.has(tagName),
		noteExistingLinks(node) {
			const term = node.tagName === 'a' ? linkedTerm(node) : undefined;
			if (term) used.add(term);
			let found = term !== undefined;
			for (const child of node.children) if (child.type === 'element' && this.noteExistingLinks(child)) found = true;
			return found;
		},
	};
}

/** A link to a term, wrapped with its tooltip (the first sentence of its definition). */
function withTip(term: LexiconTerm, tip: string, link: Element): Element {
	return {
		type: 'element',
		tagName: 'span',
		properties: { className: ['lexicon-term'] },
		children: [
			{ ...link, properties: { ...link.properties, ariaDescribedBy: [tip] } },
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

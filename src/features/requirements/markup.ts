import type { Element, ElementContent, Text } from 'hast';
import { KEYWORD_PATTERN, splitSentences, type Point, type Segment } from './normative-text.ts';
import { parseMarker } from './marker.ts';

/** Elements whose inline content holds statements. */
export const STATEMENT_BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd']);
const NESTED_BLOCKS = new Set([
	'p',
	'ul',
	'ol',
	'div',
	'pre',
	'table',
	'blockquote',
	'figure',
	'dl',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'hr',
	'aside',
	'section',
	'details',
]);
const NO_KEYWORDS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg']);

/**
 * Renders the statements of one block: each sentence with a marker becomes
 * `<span class="requirement" id="REQ-…">… <a class="requirement-id" href="#REQ-…">REQ-…</a></span>`,
 * the marker text is dropped, and key words outside code become `<strong class="rfc2119">`.
 * Nested blocks (a sub-list) are rendered the same way.
 */
export function renderStatements(block: Element): Element {
	const children = block.children;
	const segments: Segment[] = children.map((child) => {
		if (child.type === 'text') return { kind: 'text', value: child.value };
		if (child.type === 'element' && NESTED_BLOCKS.has(child.tagName)) return { kind: 'block' };
		return { kind: 'inline', text: textOf(child), code: child.type === 'element' && NO_KEYWORDS.has(child.tagName) };
	});
	const { sentences } = splitSentences(segments);
	const statements = sentences.flatMap((sentence) => {
		const parsed = sentence.marker ? parseMarker(sentence.marker.raw) : undefined;
		return sentence.marker && parsed && 'id' in parsed ? [{ sentence, marker: sentence.marker, id: parsed.id }] : [];
	});

	// Cut text nodes where statements and markers start and end, then sort the pieces into them.
	const cuts = new Map<number, number[]>();
	const cut = ({ segment, offset }: Point) => cuts.set(segment, [...(cuts.get(segment) ?? []), offset]);
	for (const { sentence, marker } of statements) [sentence.start, marker.start, marker.end].forEach(cut);

	const output: ElementContent[] = [];
	let open: { id: string; children: ElementContent[]; linked: boolean } | undefined;
	const flush = () => {
		if (open) output.push(statementElement(open.id, open.children));
		open = undefined;
	};
	children.forEach((child, index) => {
		for (const piece of piecesOf(child, index, cuts.get(index) ?? [])) {
			const statement = statements.find(({ sentence, marker }) => within(piece.at, sentence.start, marker.end));
			if (open && open.id !== statement?.id) flush();
			if (statement && !open) open = { id: statement.id, children: [], linked: false };
			const target = open?.children ?? output;
			if (statement && within(piece.at, statement.marker.start, statement.marker.end)) {
				if (open && !open.linked) target.push(idLink(statement.id));
				if (open) open.linked = true;
			} else target.push(...(piece.done ? [piece.node] : highlight(piece.node)));
		}
	});
	flush();
	return { ...element(block), children: output };
}

interface Piece {
	at: Point;
	node: ElementContent;
	/** Already rendered: a nested block. */
	done?: true;
}

function piecesOf(child: ElementContent, index: number, offsets: number[]): Piece[] {
	if (child.type === 'element' && NESTED_BLOCKS.has(child.tagName)) {
		const node = STATEMENT_BLOCKS.has(child.tagName) ? renderStatements(child) : renderNested(child);
		return [{ at: { segment: index, offset: 0 }, node, done: true }];
	}
	if (child.type !== 'text') return [{ at: { segment: index, offset: 0 }, node: child }];
	const bounds = [...new Set([0, ...offsets, child.value.length])].sort((a, b) => a - b);
	return bounds.slice(0, -1).flatMap((from, i) => {
		const value = child.value.slice(from, bounds[i + 1]);
		return value ? [{ at: { segment: index, offset: from }, node: { type: 'text', value } satisfies Text }] : [];
	});
}

/** Renders the statement blocks inside a nested container, such as a sub-list. */
function renderNested(node: Element): Element {
	return {
		...element(node),
		children: node.children.map((child) =>
			child.type !== 'element' ? child : STATEMENT_BLOCKS.has(child.tagName) ? renderStatements(child) : renderNested(child),
		),
	};
}

const within = (point: Point, start: Point, end: Point) => compare(point, start) >= 0 && compare(point, end) < 0;
const compare = (a: Point, b: Point) => a.segment - b.segment || a.offset - b.offset;

function statementElement(id: string, children: ElementContent[]): Element {
	return { type: 'element', tagName: 'span', properties: { className: ['requirement'], id }, children };
}

function idLink(id: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { className: ['requirement-id'], href: `#${id}`, title: 'Permalink to this requirement' },
		children: [{ type: 'text', value: id }],
	};
}

/** Wraps key words in `<strong class="rfc2119">`, leaving code alone. */
function highlight(node: ElementContent): ElementContent[] {
	if (node.type === 'element') {
		if (NO_KEYWORDS.has(node.tagName)) return [node];
		// An author's own `**MUST**` gets the class rather than a second <strong> inside.
		if (node.tagName === 'strong' && new RegExp(`^${KEYWORD_PATTERN.source}$`).test(textOf(node))) {
			const className = [...((node.properties['className'] as string[] | undefined) ?? []), 'rfc2119'];
			return [{ ...element(node), properties: { ...node.properties, className }, children: node.children }];
		}
		return [{ ...element(node), children: node.children.flatMap(highlight) }];
	}
	if (node.type !== 'text') return [node];
	const output: ElementContent[] = [];
	let last = 0;
	for (const match of node.value.matchAll(KEYWORD_PATTERN)) {
		if (match.index > last) output.push({ type: 'text', value: node.value.slice(last, match.index) });
		output.push({
			type: 'element',
			tagName: 'strong',
			properties: { className: ['rfc2119'] },
			children: [{ type: 'text', value: match[0] }],
		});
		last = match.index + match[0].length;
	}
	if (last < node.value.length) output.push({ type: 'text', value: node.value.slice(last) });
	return output;
}

/** A copy of an element without its children, safe to hand back to the renderer. */
function element(node: Element): Element {
	return { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children: [] };
}

function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

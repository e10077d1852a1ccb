import { markdownToMdast } from 'satteri';
import GithubSlugger from 'github-slugger';
import { splitSentences, sentenceText, type Keyword, type Point, type Segment } from './normative-text.ts';
import { parseMarker, type ParsedMarker } from './marker.ts';

/** A sentence of a page that has a key word or a marker, with where it is in the source. */
interface ScannedStatement {
	text: string;
	parts: { text: string; code: boolean }[];
	keywords: Keyword[];
	/** Words before the first key word: whom the statement binds. */
	subject: string;
	line: number;
	column: number;
	/** Source offset just after the sentence, where its marker goes. */
	endOffset: number;
	marker?: { raw: string; line: number; column: number; parsed: ParsedMarker };
	/** The heading the statement sits under. */
	section?: { title: string; anchor: string };
}

export interface ScannedPage {
	statements: ScannedStatement[];
	/** Markers that follow no sentence. */
	strayMarkers: { raw: string; line: number; column: number }[];
}

interface MdNode {
	type: string;
	value?: string;
	depth?: number;
	children?: MdNode[];
	position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * Finds the normative statements of a Markdown page: sentences of paragraphs, list items and
 * table cells with a key word outside code, and any sentence carrying a marker. Headings and code
 * are not statements. Parses with Sätteri, the parser that renders the page.
 */
export function scanMarkdown(source: string): ScannedPage {
	const tree = markdownToMdast(source, { position: true }) as unknown as MdNode;
	const lines = lineStarts(source);
	const slugger = new GithubSlugger();
	const page: ScannedPage = { statements: [], strayMarkers: [] };
	let section: ScannedStatement['section'];

	const visit = (node: MdNode) => {
		if (node.type === 'heading') {
			const title = plainText(node).trim();
			section = { title, anchor: slugger.slug(title) };
		} else if (node.type === 'paragraph' || node.type === 'tableCell') {
			scanBlock(node, source, lines, section, page);
		} else node.children?.forEach(visit);
	};
	visit(tree);
	return page;
}

function scanBlock(block: MdNode, source: string, lines: number[], section: ScannedStatement['section'], page: ScannedPage) {
	const children = block.children ?? [];
	const segments: Segment[] = children.map((child) =>
		child.type === 'text'
			? { kind: 'text', value: child.value ?? '' }
			: { kind: 'inline', text: child.type === 'break' ? '\n' : plainText(child), code: child.type === 'inlineCode' },
	);
	const maps = children.map((child) => (child.type === 'text' ? alignOffsets(child.value ?? '', sliceOf(child, source)) : undefined));
	// Where a point of the segments lies in the source.
	const offsetOf = ({ segment, offset }: Point): number => {
		const child = children[segment];
		if (!child) return children.at(-1)?.position?.end.offset ?? 0;
		const start = child.position?.start.offset ?? 0;
		return start + (maps[segment]?.[offset] ?? 0);
	};
	const locate = (offset: number) => lineAndColumn(lines, offset);

	const { sentences, strayMarkers } = splitSentences(segments);
	for (const sentence of sentences) {
		if (!sentence.keywords.length && !sentence.marker) continue;
		const start = locate(offsetOf(sentence.start));
		const prose = sentence.parts.map((part) => (part.code ? '' : part.text)).join('');
		const first = sentence.keywords[0];
		const statement: ScannedStatement = {
			text: sentenceText(sentence),
			parts: sentence.parts,
			keywords: sentence.keywords,
			subject: first ? prose.slice(0, prose.search(new RegExp(`\\b${first.replace(' ', '\\s+')}\\b`))).trim() : prose,
			...start,
			endOffset: offsetOf(sentence.end),
		};
		if (section) statement.section = section;
		if (sentence.marker) {
			const { raw } = sentence.marker;
			statement.marker = { raw, ...locate(offsetOf(sentence.marker.start)), parsed: parseMarker(raw) };
		}
		page.statements.push(statement);
	}
	for (const point of strayMarkers) {
		const offset = offsetOf(point);
		const raw = /^\{[^}\n]*\}?/.exec(source.slice(offset))?.[0] ?? '';
		page.strayMarkers.push({ raw, ...locate(offset) });
	}
}

function plainText(node: MdNode): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
	return (node.children ?? []).map(plainText).join('');
}

function sliceOf(node: MdNode, source: string): string {
	return source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/**
 * For each character index of a text node's value, the matching index in its source: the value
 * lacks backslash escapes, entities and the indentation of continuation lines.
 */
export function alignOffsets(value: string, raw: string): number[] {
	const map = [0];
	let j = 0;
	for (let i = 0; i < value.length; i++) {
		const char = value[i] ?? '';
		if (raw[j] !== char) {
			if (raw[j] === '\\' && raw[j + 1] === char) j++;
			else if (raw[j] === '&' && /^&#?\w+;/.test(raw.slice(j))) j = raw.indexOf(';', j);
			else {
				// Skip what the parser dropped (indentation, `>` of a quote) up to the same character.
				const next = raw.indexOf(char, j);
				if (next >= 0 && next - j <= 8) j = next;
			}
		}
		j = Math.min(j + 1, raw.length);
		map.push(j);
	}
	return map;
}

function lineStarts(source: string): number[] {
	const starts = [0];
	for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
	return starts;
}

function lineAndColumn(starts: number[], offset: number): { line: number; column: number } {
	let line = 0;
	while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line++;
	return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
}

/**
 * What makes a sentence normative, and where sentences end. The same rules run on the Markdown
 * syntax tree (to assign and check requirement IDs) and on the HTML tree (to render them), so
 * both see the same statements: each tree is first flattened into {@link Segment}s.
 */

/** RFC 2119 / RFC 8174 key words, longest first so `MUST NOT` wins over `MUST`. */
const KEYWORDS = [
	'MUST NOT',
	'SHALL NOT',
	'SHOULD NOT',
	'NOT RECOMMENDED',
	'MUST',
	'REQUIRED',
	'SHALL',
	'SHOULD',
	'RECOMMENDED',
	'MAY',
	'OPTIONAL',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

/** The key words from strongest to weakest, for people to read. */
export const KEYWORD_LEVELS: readonly Keyword[] = [
	'MUST',
	'MUST NOT',
	'REQUIRED',
	'SHALL',
	'SHALL NOT',
	'SHOULD',
	'SHOULD NOT',
	'RECOMMENDED',
	'NOT RECOMMENDED',
	'MAY',
	'OPTIONAL',
];

/** Key words only count in capitals and as whole words (RFC 8174). */
export const KEYWORD_PATTERN = new RegExp(`\\b(?:${KEYWORDS.join('|').replaceAll(' ', '\\s+')})\\b`, 'g');

/** One piece of a block's inline content, in document order. */
export type Segment =
	/** Text directly in the block: the only place where a sentence can end. */
	| { kind: 'text'; value: string }
	/** An inline element (emphasis, link, code); code never holds a key word. */
	| { kind: 'inline'; text: string; code: boolean }
	/** A nested block (a sub-list): it ends any open sentence. */
	| { kind: 'block' };

/** A position between characters: `offset` counts characters of a text segment, 0 otherwise. */
export interface Point {
	segment: number;
	offset: number;
}

export interface Sentence {
	/** First non-space character. */
	start: Point;
	/** Just after the last character, before trailing spaces and any marker. */
	end: Point;
	/** The `{#REQ-…}` marker written after the sentence, if any. */
	marker?: { raw: string; start: Point; end: Point };
	/** Text and code runs, to show the sentence elsewhere. */
	parts: { text: string; code: boolean }[];
	/** Key words in order of appearance, outside code. */
	keywords: Keyword[];
}

/** Anything that looks like an attempt at a marker; {@link parseMarker} says whether it is well-formed. */
const MARKER_CANDIDATE = /\{#\s*REQ\b[^}\n]*\}?/gi;

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|cf|vs|etc|approx|fig|no)$/i;
const TERMINATOR = /[.!?…]["'”’)\]]*/y;

/**
 * Splits a block into sentences. A sentence ends after `.`, `!`, `?` or `…` (and any closing
 * quote or bracket) followed by a space and not by a lower-case letter, at a marker, at a nested
 * block and at the end of the block. A marker belongs to the sentence just before it.
 */
export function splitSentences(segments: readonly Segment[]): { sentences: Sentence[]; strayMarkers: Point[] } {
	const sentences: Sentence[] = [];
	const strayMarkers: Point[] = [];
	let current: Sentence | undefined;
	const append = (text: string, code: boolean, start: Point, end: Point, inText: boolean) => {
		if (!current) {
			if (!text.trim()) return;
			const lead = inText ? text.length - text.trimStart().length : 0;
			current = { start: { ...start, offset: start.offset + lead }, end, parts: [], keywords: [] };
			text = text.slice(lead);
		}
		current.parts.push({ text, code });
		const trailing = inText ? text.length - text.trimEnd().length : 0;
		if (text.trim()) current.end = { ...end, offset: end.offset - trailing };
	};
	// The sentence a marker right after it would belong to; none across a nested block.
	let previous: Sentence | undefined;
	const close = () => {
		if (current) sentences.push((previous = finish(current)));
		current = undefined;
	};

	segments.forEach((segment, index) => {
		if (segment.kind === 'block') {
			close();
			previous = undefined;
			return;
		}
		if (segment.kind === 'inline') {
			return append(segment.text, segment.code, { segment: index, offset: 0 }, { segment: index + 1, offset: 0 }, false);
		}
		const { value } = segment;
		const at = (offset: number): Point => ({ segment: index, offset });
		let position = 0;
		for (const event of textEvents(value)) {
			append(value.slice(position, event.start), false, at(position), at(event.start), true);
			if (event.kind === 'boundary') {
				append(value.slice(event.start, event.end), false, at(event.start), at(event.end), true);
				close();
			} else {
				const marker = { raw: value.slice(event.start, event.end), start: at(event.start), end: at(event.end) };
				if (current) {
					current.marker = marker;
					close();
				} else if (previous && !previous.marker) previous.marker = marker;
				else strayMarkers.push(marker.start);
			}
			position = event.end;
		}
		append(value.slice(position), false, at(position), at(value.length), true);
	});
	close();
	return { sentences, strayMarkers };
}

interface TextEvent {
	kind: 'boundary' | 'marker';
	start: number;
	end: number;
}

/** Sentence ends and markers in one text, in order. */
function* textEvents(value: string): Generator<TextEvent> {
	const markers = [...value.matchAll(MARKER_CANDIDATE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
	let from = 0;
	for (const marker of [...markers, { start: value.length, end: value.length, last: true }]) {
		for (let i = from; i < marker.start; i++) {
			TERMINATOR.lastIndex = i;
			const match = TERMINATOR.exec(value);
			if (!match) continue;
			const end = i + match[0].length;
			const after = value.slice(end);
			const isEnd = /^\s/.test(after) && !/^\s+[a-z]/.test(after) && !(value[i] === '.' && ABBREVIATION.test(value.slice(0, i)));
			if (isEnd && end <= marker.start) yield { kind: 'boundary', start: i, end };
			i = end - 1;
		}
		if (!('last' in marker)) yield { kind: 'marker', ...marker };
		from = marker.end;
	}
}

function finish(sentence: Sentence): Sentence {
	const prose = sentence.parts
		.filter((part) => !part.code)
		.map((part) => part.text)
		.join(' ');
	const keywords = [...prose.matchAll(KEYWORD_PATTERN)].map((m) => m[0].replace(/\s+/g, ' ') as Keyword);
	return { ...sentence, keywords };
}

/** The sentence as one line of plain text. */
export function sentenceText(sentence: Pick<Sentence, 'parts'>): string {
	return sentence.parts
		.map((part) => part.text)
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

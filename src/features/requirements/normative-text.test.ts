import { describe, expect, test } from 'vitest';
import { splitSentences, sentenceText, type Segment } from './normative-text.ts';

const text = (value: string): Segment => ({ kind: 'text', value });
const code = (value: string): Segment => ({ kind: 'inline', text: value, code: true });
const sentences = (...segments: Segment[]) =>
	splitSentences(segments).sentences.map((s) => ({ text: sentenceText(s), keywords: s.keywords, marker: s.marker?.raw }));

describe('splitSentences', () => {
	test('splits at sentence ends and keeps abbreviations and lower-case continuations together', () => {
		expect(sentences(text('The client MUST poll, e.g. every minute. It MAY stop... then wait. Done! Really?'))).toEqual([
			{ text: 'The client MUST poll, e.g. every minute.', keywords: ['MUST'], marker: undefined },
			{ text: 'It MAY stop... then wait.', keywords: ['MAY'], marker: undefined },
			{ text: 'Done!', keywords: [], marker: undefined },
			{ text: 'Really?', keywords: [], marker: undefined },
		]);
	});

	test('attaches a marker to the sentence before it, whether or not a space separates them', () => {
		expect(sentences(text('One MUST hold. {#REQ-A-001} Two SHOULD hold.{#REQ-A-002} Three.'))).toEqual([
			{ text: 'One MUST hold.', keywords: ['MUST'], marker: '{#REQ-A-001}' },
			{ text: 'Two SHOULD hold.', keywords: ['SHOULD'], marker: '{#REQ-A-002}' },
			{ text: 'Three.', keywords: [], marker: undefined },
		]);
	});

	test('ignores key words in code and lower case, and reads two-word key words whole', () => {
		expect(sentences(text('Write '), code('MUST'), text(' in capitals; it must not be MUST NOT or NOT RECOMMENDED.'))).toEqual([
			{
				text: 'Write MUST in capitals; it must not be MUST NOT or NOT RECOMMENDED.',
				keywords: ['MUST NOT', 'NOT RECOMMENDED'],
				marker: undefined,
			},
		]);
	});

	test('ends a sentence at a nested block and reports a marker that follows no sentence', () => {
		const result = splitSentences([text('Item MUST do'), { kind: 'block' }, text(' {#REQ-A-003} after')]);
		expect(result.sentences.map(sentenceText)).toEqual(['Item MUST do', 'after']);
		expect(result.strayMarkers).toEqual([{ segment: 2, offset: 1 }]);
	});

	test('gives the exact start and end of a sentence, without surrounding spaces', () => {
		const [first, second] = splitSentences([text('  Lead MUST go. '), code('x'), text(' MAY follow.  ')]).sentences;
		expect(first).toMatchObject({ start: { segment: 0, offset: 2 }, end: { segment: 0, offset: 15 } });
		expect(second).toMatchObject({ start: { segment: 1, offset: 0 }, end: { segment: 2, offset: 12 } });
	});
});

import { expect, test } from 'vitest';
import { mapAnchors, pythonMarkdownSlug, stripHeadingAttributes } from './heading-anchors.ts';
import { toSourceLines } from '../source-lines.ts';

test('maps MkDocs anchors (custom ids, Python-Markdown slugs with _1 repeats) to the ids Starlight gives', () => {
	const anchors = mapAnchors([
		{ text: 'Device roles', isTitle: true },
		{ text: 'Mutual TLS & certificates', customId: 'mtls', isTitle: false },
		{ text: 'Example', isTitle: false },
		{ text: 'Example', isTitle: false },
		{ text: 'Façade', isTitle: false },
	]);
	expect(Object.fromEntries(anchors)).toEqual({
		'device-roles': '',
		mtls: 'mutual-tls--certificates',
		'mutual-tls-certificates': 'mutual-tls--certificates',
		'mutual-tls--certificates': 'mutual-tls--certificates',
		example: 'example',
		example_1: 'example-1',
		'example-1': 'example-1',
		facade: 'façade',
		façade: 'façade',
	});
	expect(pythonMarkdownSlug('  What -- is   "it"?  ')).toBe('what-is-it');
});

test('strips attribute lists from headings only, outside code', () => {
	const { lines, customIds } = stripHeadingAttributes(
		toSourceLines('## Format {#desc-format .wide}\nText {: .note}\n```\n## Kept {#x}\n```\n', 'p.md'),
		new Map(),
	);
	expect(lines.map((line) => line.text)).toEqual(['## Format', 'Text {: .note}', '```', '## Kept {#x}', '```']);
	expect([...customIds.values()]).toEqual(['desc-format']);
});

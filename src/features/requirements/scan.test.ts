import { expect, test } from 'vitest';
import { alignOffsets, scanMarkdown } from './scan.ts';

const page = `---
title: Example
---
Intro text without key words.

## Polling

The device management client MUST poll the manifest. It then waits. {#REQ-EX-001}
A \\*starred\\* statement &amp; more SHOULD be read whole.

- Tight item MAY go.
  - Nested item MUST NOT be joined to its parent.

| Field | Rule |
| --- | --- |
| \`a\` | The vendor MUST set it. |

\`\`\`md
Code MUST be ignored.
\`\`\`

### Heading MUST not count
`;

test('finds statements with their line, column, section and subject, and skips headings and code', () => {
	const { statements, strayMarkers } = scanMarkdown(page);
	expect(strayMarkers).toEqual([]);
	expect(
		statements.map((s) => [`${s.line}:${s.column}`, s.text, s.keywords.join(' '), s.subject, s.section?.anchor, s.marker?.raw ?? null]),
	).toEqual([
		['8:1', 'The device management client MUST poll the manifest.', 'MUST', 'The device management client', 'polling', null],
		['8:54', 'It then waits.', '', 'It then waits.', 'polling', '{#REQ-EX-001}'],
		['9:1', 'A *starred* statement & more SHOULD be read whole.', 'SHOULD', 'A *starred* statement & more', 'polling', null],
		['11:3', 'Tight item MAY go.', 'MAY', 'Tight item', 'polling', null],
		['12:5', 'Nested item MUST NOT be joined to its parent.', 'MUST NOT', 'Nested item', 'polling', null],
		['16:9', 'The vendor MUST set it.', 'MUST', 'The vendor', 'polling', null],
	]);
});

test('points just after each statement, where its marker goes', () => {
	const ends = scanMarkdown(page).statements.map((s) => page.slice(s.endOffset - 6, s.endOffset));
	expect(ends).toEqual(['ifest.', 'waits.', 'whole.', 'AY go.', 'arent.', 'et it.']);
});

test('maps a text node back to its source across escapes, entities and indentation', () => {
	expect(alignOffsets('a*b & c\nd', 'a\\*b &amp; c\n   d')).toEqual([0, 1, 3, 4, 5, 6, 11, 12, 13, 17]);
});

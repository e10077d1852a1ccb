import { expect, test } from 'vitest';
import type { ImportProblem } from '../import-problems.ts';
import { joinLines, toSourceLines } from '../source-lines.ts';
import { markUnconvertible } from './unconvertible.ts';
import { takeAbbreviations } from './abbreviations.ts';
import { firstInvalidByte } from '../utf8.ts';

test('leaves macros visible and reported, but not inside code', () => {
	const problems: ImportProblem[] = [];
	const lines = markUnconvertible(
		toSourceLines('Version {{ version }} and `{{ kept }}`.\n```\n{% raw %}\n```\n::: pkg.mod\n    options:\n      a: 1\nAfter.\n', 'p.md'),
		new Map(),
		problems,
	);
	expect(joinLines(lines)).toMatchInlineSnapshot(`
		"Version \`{{ version }}\` and \`{{ kept }}\`.
		\`\`\`
		{% raw %}
		\`\`\`
		:::caution[Not imported from MkDocs]
		The MkDocs page generated API documentation from Python code here: mkdocstrings block \`::: pkg.mod\`. This site does not run it; replace this note with the text it produced.
		:::
		After.
		"
	`);
	expect(problems.map((problem) => `${problem.file}:${problem.line}`)).toEqual(['p.md:1', 'p.md:5']);
});

test('takes abbreviation definitions out of the page', () => {
	const { lines, abbreviations } = takeAbbreviations(toSourceLines('Uses WFM.\n\n*[WFM]: Workload Fleet Manager\n', 'p.md'));
	expect(lines.map((line) => line.text)).toEqual(['Uses WFM.', '']);
	expect(abbreviations).toEqual(new Map([['WFM', 'Workload Fleet Manager']]));
});

test('finds the first byte that is not UTF-8', () => {
	expect(firstInvalidByte(new TextEncoder().encode('héllo'))).toBe(6);
	expect(firstInvalidByte(Uint8Array.from([0x61, 0xc3, 0xa9, 0xe9, 0x62]))).toBe(3);
	expect(firstInvalidByte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
});

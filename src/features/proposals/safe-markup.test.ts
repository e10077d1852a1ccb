import { expect, test } from 'vitest';
import { safeMarkup } from './safe-markup.ts';

const ATTACK = [
	'# Attack',
	'',
	'<script>alert(1)</script>',
	'',
	'<div onclick="alert(2)"><img src="https://tracker.example/pixel.png" alt="pixel" onerror="alert(3)"></div>',
	'',
	'Inline <a href="javascript:alert(4)">click</a> and [link](javascript:alert(5)) and [ref][r] and <javascript:alert(6)>.',
	'',
	'![image](java\tscript:alert(7))',
	'',
	'<details>',
	'<summary>More</summary>',
	'',
	'Kept as written, [safe](https://example.org/).',
	'',
	'</details>',
	'',
	'[r]: javascript&#58;alert(8)',
].join('\n');

test('removes scripts, handlers and javascript: URLs, turns images of other hosts into links, and keeps safe markup and line numbers', () => {
	const { text, warnings } = safeMarkup(ATTACK, 'sups/proposals/attack.md');
	// What stays of the attack is words: no element, handler or link carries it.
	expect(text).not.toMatch(/<script|onclick|onerror|href="javascript|\]\(javascript|<javascript|\]: javascript/i);
	expect(text).toContain('Inline <a></a>click</a> and link and [ref][r] and javascript:alert(6).');
	expect(text).toContain('[r]: #');
	expect(text).toContain('<a href="https://tracker.example/pixel.png">pixel</a>');
	expect(text).not.toContain('<img');
	expect(text).toContain('<details>\n<summary>More</summary>');
	expect(text).toContain('[safe](https://example.org/)');
	expect(text.split('\n')).toHaveLength(ATTACK.split('\n').length);
	expect(warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.message}`)).toMatchInlineSnapshot(`
		[
		  "sups/proposals/attack.md:3:1 raw HTML lost what the site does not publish (scripts, styles, frames, event handlers, links other than http, https, mailto or relative)",
		  "sups/proposals/attack.md:5:1 raw HTML lost what the site does not publish (scripts, styles, frames, event handlers, links other than http, https, mailto or relative)",
		  "sups/proposals/attack.md:7:8 raw HTML lost what the site does not publish (scripts, styles, frames, event handlers, links other than http, https, mailto or relative)",
		  "sups/proposals/attack.md:7:52 a link to a javascript: address is not published",
		  "sups/proposals/attack.md:7:97 a link to a javascript: address is not published",
		  "sups/proposals/attack.md:18:1 a link to a javascript: address is not published",
		]
	`);
});

test('leaves a SUP without unsafe markup as written', () => {
	const text = '# Fine\n\n<details>\n<summary>x</summary>\n\n![f](../res/f.svg) <https://example.org/>\n\n</details>\n';
	expect(safeMarkup(text, 'f.md')).toEqual({ text, warnings: [] });
});

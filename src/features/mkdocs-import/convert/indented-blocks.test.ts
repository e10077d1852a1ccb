import { expect, test } from 'vitest';
import { convertIndentedBlocks } from './indented-blocks.ts';
import { joinLines, toSourceLines } from '../source-lines.ts';
import type { ConvertCounts } from './convert-counts.ts';

const convert = (text: string) => {
	const counts: ConvertCounts = new Map();
	const { lines } = convertIndentedBlocks(toSourceLines(text, 'page.md'), counts);
	return { text: joinLines(lines), counts: Object.fromEntries(counts), lines };
};

test('turns admonitions into Starlight asides, keeping the MkDocs type as title when the aside differs', () => {
	const { text, counts } = convert(
		[
			'## Delivery',
			'!!! note "Polling interval"',
			'    The client polls every minute.',
			'',
			'    It backs off on errors.',
			'!!! warning',
			'    Never skip the digest.',
			'After.',
		].join('\n'),
	);
	expect(text).toMatchInlineSnapshot(`
		"## Delivery

		:::note[Polling interval]
		The client polls every minute.

		It backs off on errors.
		:::

		:::caution[Warning]
		Never skip the digest.
		:::

		After.
		"
	`);
	expect(counts).toEqual({ admonition: 2 });
});

test('nests an aside inside another with a longer outer fence and keeps body line origins', () => {
	const { text, lines } = convert(['!!! danger "Outer"', '    Text.', '', '    !!! tip', '        Inner.'].join('\n'));
	expect(text).toMatchInlineSnapshot(`
		"::::danger[Outer]
		Text.

		:::tip
		Inner.
		:::
		::::
		"
	`);
	expect(lines.find((line) => line.text === 'Inner.')?.line).toBe(5);
});

test('turns collapsible blocks into details, open for ???+', () => {
	expect(convert(['??? question "Why a digest?"', '    Because tags move.', '???+ example', '    Shown.'].join('\n')).text)
		.toMatchInlineSnapshot(`
		"<details>
		<summary>Why a digest?</summary>

		Because tags move.

		</details>

		<details open>
		<summary>Example</summary>

		Shown.

		</details>
		"
	`);
});

test('turns content tabs into sub-headings one level below the enclosing heading', () => {
	const { text, counts } = convert(
		['### Install', '=== "Helm"', '    helm text', '=== "Compose"', '    compose text', '', 'Done.'].join('\n'),
	);
	expect(text).toMatchInlineSnapshot(`
		"### Install

		#### Helm

		helm text

		#### Compose

		compose text

		Done.
		"
	`);
	expect(counts).toEqual({ 'content tab': 2 });
});

test('leaves admonition syntax inside code blocks alone', () => {
	const source = ['```text', '!!! note', '    not an admonition', '```'].join('\n');
	expect(convert(source).text).toBe(`${source}\n`);
});

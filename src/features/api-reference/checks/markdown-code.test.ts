import { expect, test } from 'vitest';
import { scanCode } from './markdown-code.ts';

test('finds fenced blocks with language, meta and the line of the fence', () => {
	const text = [
		'Intro `GET /a` and ``POST /b``.',
		'',
		'```json schema=Thing title="Two words"',
		'{ "a": 1 }',
		'```',
		'',
		'~~~~yaml',
		'a: 1',
		'```',
		'~~~~',
	].join('\n');
	const { blocks, inline } = scanCode(text, 10);
	expect(blocks).toEqual([
		{ lang: 'json', meta: { schema: 'Thing', title: 'Two words' }, body: '{ "a": 1 }', line: 12, column: 1 },
		{ lang: 'yaml', meta: {}, body: 'a: 1\n```', line: 16, column: 1 },
	]);
	expect(inline).toEqual([
		{ text: 'GET /a', line: 10, column: 7 },
		{ text: 'POST /b', line: 10, column: 20 },
	]);
});

test('ignores inline code inside fenced blocks and keeps an unclosed fence out', () => {
	const { blocks, inline } = scanCode('```md\n`GET /x`\n```\n```\nnot closed');
	expect(blocks).toHaveLength(1);
	expect(inline).toEqual([]);
});

import { expect, test } from 'vitest';
import { parseYamlSource } from './yaml-source.ts';

const text = `id: DT-001
status: open
responses:
  - approver: alice
    response: approve
  - approver: bob
    response: maybe
`;

test('locates a nested field at the line of its key', () => {
	const source = parseYamlSource(text);
	expect(source.locate(['responses', 1, 'response'])).toEqual({ line: 7, column: 5 });
	expect(source.locate(['status'])).toEqual({ line: 2, column: 1 });
});

test('locates a missing field at its nearest existing parent', () => {
	const source = parseYamlSource(text);
	expect(source.locate(['responses', 0, 'date'])).toEqual({ line: 4, column: 5 });
});

test('shifts lines for YAML embedded after a front matter fence', () => {
	expect(parseYamlSource(text, 1).locate(['status'])).toEqual({ line: 3, column: 1 });
});

test('reports syntax errors with line and column and no value', () => {
	const source = parseYamlSource('title: "unclosed\nother: 1\n');
	expect(source.value).toBeUndefined();
	expect(source.errors[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
	expect(source.errors.length).toBeGreaterThan(0);
});

test('rejects duplicate keys', () => {
	const source = parseYamlSource('id: 1\nid: 2\n');
	expect(source.errors[0]?.line).toBe(2);
});

test('reports an unclosed quote at the line where it opens, not where the text ends', () => {
	const source = parseYamlSource('id: DT-007\ntitle: "Malformed\nsummary: text\nstatus: open\n', 1);
	expect(source.errors).toEqual([{ message: 'Missing closing "quote', line: 3, column: 8 }]);
});

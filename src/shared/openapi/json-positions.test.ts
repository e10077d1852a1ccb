import { expect, test } from 'vitest';
import { locateJson } from './json-positions.ts';
import { readSourceDocument } from './source-document.ts';

const text = `{
  "openapi": "3.0.3",
  "paths": {
    "/pets/{id}": {
      "get": { "responses": { "200": { "description": "A \\"pet\\"" } } }
    }
  },
  "tags": [
    { "name": "a" },
    { "name": "b" }
  ]
}
`;

test('finds a scalar at its key and a container at its opening bracket', () => {
	expect(locateJson(text, [['openapi'], ['paths', '/pets/{id}', 'get'], ['paths', '/pets/{id}', 'get', 'responses', '200', 'description']])).toEqual([
		{ line: 2, column: 3 },
		{ line: 5, column: 14 },
		{ line: 5, column: 40 },
	]);
});

test('indexes arrays and falls back to the nearest existing parent', () => {
	expect(locateJson(text, [['tags', '1', 'name'], ['tags', '7'], ['paths', '/nothing']])).toEqual([
		{ line: 10, column: 7 },
		{ line: 8, column: 11 },
		{ line: 3, column: 12 },
	]);
});

test('reports a JSON syntax error with its line and column', () => {
	const source = readSourceDocument('openapi/broken.json', '{\n  "a": 1,\n  "b": }\n');
	expect(source.value).toBeUndefined();
	expect(source.errors).toEqual([{ message: expect.stringMatching(/^unexpected `}`: expected a value/), line: 3, column: 8 }]);
	expect(readSourceDocument('b.json', '{"a": [1, 2,]}').errors[0]).toMatchObject({ line: 1, column: 13 });
});

test('locates values of a YAML document with string tokens for sequence indexes', () => {
	const source = readSourceDocument('openapi/a.yaml', 'tags:\n  - name: a\n  - name: b\n');
	expect(source.locate(['tags', '1', 'name'])).toEqual({ line: 3, column: 5 });
});

import { expect, test } from 'vitest';
import { sliceOperation } from './slice.ts';

const document = {
	openapi: '3.1.1',
	info: { title: 'T', version: '1', description: 'A long introduction.' },
	servers: [{ url: 'https://api.example.com/v1' }],
	tags: [{ name: 'A' }, { name: 'B' }],
	paths: {
		'/a': {
			parameters: [{ $ref: '#/components/parameters/Id' }],
			get: { tags: ['A'], description: 'See ![logo](https://cdn.example.com/logo.png).', responses: { '200': { $ref: '#/components/responses/Ok' } } },
			post: { tags: ['A'], responses: { '204': { description: 'Done' } } },
		},
		'/b': { get: { tags: ['B'], responses: { '200': { description: 'B', content: { 'application/json': { schema: { $ref: '#/components/schemas/Unused' } } } } } } },
	},
	components: {
		parameters: { Id: { name: 'id', in: 'query', schema: { type: 'string' } } },
		responses: { Ok: { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } } },
		schemas: {
			Node: { type: 'object', properties: { child: { $ref: '#/components/schemas/Node' }, leaf: { $ref: '#/components/schemas/Leaf' } } },
			Leaf: { type: 'string' },
			Unused: { type: 'integer' },
		},
		securitySchemes: { token: { type: 'http', scheme: 'bearer' } },
	},
};

test('keeps one operation and exactly the components it reaches, recursion included', () => {
	const slice = sliceOperation(document, '/a', 'get') as typeof document;
	expect(Object.keys(slice.paths)).toEqual(['/a']);
	expect(Object.keys(slice.paths['/a'])).toEqual(['get', 'parameters']);
	expect(Object.keys(slice.components.schemas).sort()).toEqual(['Leaf', 'Node']);
	expect(Object.keys(slice.components).sort()).toEqual(['parameters', 'responses', 'schemas', 'securitySchemes']);
	expect(slice.tags).toEqual([{ name: 'A' }]);
	expect(slice.info).toEqual({ title: 'T', version: '1' });
	expect(slice.servers).toEqual(document.servers);
});

test('turns images on other hosts into links', () => {
	const slice = sliceOperation(document, '/a', 'get') as typeof document;
	expect(slice.paths['/a'].get.description).toBe('See [logo](https://cdn.example.com/logo.png).');
});

test('names an operation the document does not have', () => {
	expect(() => sliceOperation(document, '/a', 'delete')).toThrow('The document has no operation DELETE /a');
});

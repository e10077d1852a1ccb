import { expect, test } from 'vitest';
import type { Operation } from '#shared/openapi/operations.ts';
import { RouteTable } from './route-table.ts';

const operation = (method: Operation['method'], path: string): Operation => ({
	key: `${method} ${path}`,
	method,
	path,
	tags: [],
	deprecated: false,
	signed: false,
	security: [],
	parameters: [],
	responses: [],
	pointer: '',
});

const table = new RouteTable([
	operation('get', '/pets/{petId}'),
	operation('delete', '/pets/{petId}'),
	operation('get', '/pets/mine'),
	operation('get', '/files/{name}.json'),
	operation('get', '/repos/{owner}/{repo}/compare/{basehead}'),
]);

test('matches a concrete path before a templated one, whatever their order in the document', () => {
	expect(table.match('GET', '/pets/mine')).toMatchObject({ operation: { path: '/pets/mine' }, params: {} });
	expect(table.match('GET', '/pets/7')).toMatchObject({ operation: { path: '/pets/{petId}' }, params: { petId: '7' } });
});

test('decodes parameter values, including templates inside a segment', () => {
	expect(table.match('GET', '/files/read%20me.json')).toMatchObject({ params: { name: 'read me' } });
	expect(table.match('get', '/repos/a/b/compare/main...dev')).toMatchObject({ params: { owner: 'a', repo: 'b', basehead: 'main...dev' } });
});

test('tells a path with other methods from a path that does not exist', () => {
	expect(table.match('POST', '/pets/7')).toEqual({ allowed: ['GET', 'DELETE'] });
	expect(table.match('GET', '/pets/7/toys')).toBeUndefined();
	expect(table.match('GET', '/files/readme.txt')).toBeUndefined();
});

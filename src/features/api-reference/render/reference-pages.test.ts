import { expect, test } from 'vitest';
import { OPERATIONS_PER_PAGE, SCHEMAS_PER_PAGE, SPLIT_ABOVE, planReference } from './reference-pages.ts';

function api(operations: number, schemas: number) {
	const paths = Object.fromEntries(
		Array.from({ length: operations }, (_, i) => [
			`/items/${i}`,
			{ get: { operationId: `get${i}`, tags: [i % 2 ? 'Odd' : 'Even'], responses: {} } },
		]),
	);
	const names = Object.fromEntries(Array.from({ length: schemas }, (_, i) => [`S${i}`, { type: 'string' }]));
	return {
		id: 'api',
		file: 'openapi/api.yaml',
		document: { openapi: '3.1.1', info: { title: 'Items', version: '1' }, paths, components: { schemas: names } },
		version: { declared: '3.1.1', source: '3.1' as const },
	};
}

test('renders a small document on one page', () => {
	const plan = planReference(api(SPLIT_ABOVE, 3));
	expect(plan.pages.map((p) => p.path)).toEqual(['api']);
	expect(plan.operationHref(plan.operations[5]!)).toBe('api/#op-get5');
	expect(plan.schemaHref('S2')).toBe('api/#schema-s2');
	expect(plan.schemaHref('Missing')).toBeUndefined();
});

test('splits a large document into an overview, bounded tag pages and schema pages', () => {
	const operations = 2 * OPERATIONS_PER_PAGE + 2;
	const plan = planReference(api(operations, SCHEMAS_PER_PAGE + 1));
	expect(plan.pages.map((p) => `${p.path} ${p.groups.flatMap((g) => g.operations).length + p.schemas.length}`)).toEqual([
		'api 0',
		`api/even ${OPERATIONS_PER_PAGE}`,
		'api/even-2 1',
		`api/odd ${OPERATIONS_PER_PAGE}`,
		'api/odd-2 1',
		`api/schemas ${SCHEMAS_PER_PAGE}`,
		'api/schemas-2 1',
	]);
	expect(plan.operationHref(plan.operations[operations - 1]!)).toBe(`api/odd-2/#op-get${operations - 1}`);
	expect(plan.schemaHref(`S${SCHEMAS_PER_PAGE}`)).toBe(`api/schemas-2/#schema-s${SCHEMAS_PER_PAGE}`);
});

import { expect, test } from 'vitest';
import { normalizeBase, withBase } from './base.ts';

test('normalizes a base to one leading and one trailing slash', () => {
	expect(normalizeBase('')).toBe('/');
	expect(normalizeBase('/')).toBe('/');
	expect(normalizeBase('specification')).toBe('/specification/');
	expect(normalizeBase('/specification')).toBe('/specification/');
	expect(normalizeBase('//margo/spec//')).toBe('/margo/spec/');
});

test('puts a site path under the base', () => {
	expect(withBase('/decisions/', '/specification')).toBe('/specification/decisions/');
	expect(withBase('api/v1', '/')).toBe('/api/v1');
	expect(withBase('', '/x/')).toBe('/x/');
});

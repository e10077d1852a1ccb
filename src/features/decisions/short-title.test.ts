import { expect, test } from 'vitest';
import { shortTitle } from './short-title.ts';

test('keeps a short title as it is', () => {
	expect(shortTitle('DT-004: Signature algorithms besides ECDSA P-256')).toBe('DT-004: Signature algorithms besides ECDSA P-256');
});

test('cuts a long title at a word boundary, within the limit', () => {
	const title = shortTitle('DT-002: A REST API for onboarding, device capabilities and deployment status');
	expect(title).toBe('DT-002: A REST API for onboarding, device capabilities and deployment…');
	expect(title.length).toBeLessThanOrEqual(70);
});

test('cuts inside a single long word when there is no boundary late enough', () => {
	expect(shortTitle('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
});

import { expect, test } from 'vitest';
import { isSiteAbsolute, normalizeBase, siteBase, withBase } from './base.ts';

test('adds a missing leading or trailing slash to the base', () => {
	expect(normalizeBase('specification')).toBe('/specification/');
	expect(normalizeBase('/specification')).toBe('/specification/');
	expect(normalizeBase('specification/')).toBe('/specification/');
	expect(normalizeBase('/specification/')).toBe('/specification/');
	expect(normalizeBase('margo/spec')).toBe('/margo/spec/');
});

test('reads an empty, blank or missing base as the root', () => {
	expect(normalizeBase(undefined)).toBe('/');
	expect(normalizeBase('')).toBe('/');
	expect(normalizeBase('  ')).toBe('/');
	expect(normalizeBase('/')).toBe('/');
	expect(normalizeBase('//')).toBe('/');
});

test('normalizes a base to one leading and one trailing slash', () => {
	expect(normalizeBase('//margo/spec//')).toBe('/margo/spec/');
	expect(withBase('/decisions/', '/specification')).toBe('/specification/decisions/');
	expect(withBase('api/v1', 'specification')).toBe('/specification/api/v1');
	expect(withBase('', '/x/')).toBe('/x/');
});

test('collapses repeated slashes and keeps characters a path may hold', () => {
	expect(normalizeBase('/a//b/')).toBe('/a/b/');
	expect(normalizeBase("/pr-919_v1.2~x!$&'()*+,;=:@/")).toBe("/pr-919_v1.2~x!$&'()*+,;=:@/");
	expect(normalizeBase('/my%20docs/')).toBe('/my%20docs/');
});

test('rejects a character not allowed in a URL path, naming MARGO_BASE and the fix', () => {
	expect(() => normalizeBase('/my docs/')).toThrowErrorMatchingInlineSnapshot(
		`[BasePathError: MARGO_BASE="/my docs/" has a space at position 4, which is not allowed in a URL path. Set MARGO_BASE to a path such as /specification/ (letters, digits and - . _ ~ ! $ & ' ( ) * + , ; = : @ /; percent-encode anything else, e.g. %20 for a space), or leave it unset to serve the site at /.]`,
	);
	expect(() => normalizeBase('/spec?v=1/')).toThrow('MARGO_BASE="/spec?v=1/" has "?" at position 6');
	expect(() => normalizeBase('/spec#x')).toThrow('has "#" at position 6');
	expect(() => normalizeBase('\\spec\\')).toThrow('has "\\" at position 1');
	expect(() => normalizeBase('/spéc/')).toThrow('has "é" at position 4');
	expect(() => normalizeBase('/a\tb/')).toThrow('has control character U+0009 at position 3');
	expect(() => normalizeBase('/<script>/')).toThrow('has "<" at position 2');
});

test('rejects a stray percent sign, a dot segment and a full URL', () => {
	expect(() => normalizeBase('/100%/')).toThrow(
		'MARGO_BASE="/100%/" has a "%" at position 5 that does not start a percent-encoded byte (%XX).',
	);
	expect(() => normalizeBase('/a/../b/')).toThrow('MARGO_BASE="/a/../b/" has a ".." segment, which browsers resolve away.');
	expect(() => normalizeBase('https://margo.github.io/specification/')).toThrowErrorMatchingInlineSnapshot(
		`[BasePathError: MARGO_BASE="https://margo.github.io/specification/" is a URL, not a path: the base is only the path part. Set MARGO_BASE to a path such as /specification/ (letters, digits and - . _ ~ ! $ & ' ( ) * + , ; = : @ /; percent-encode anything else, e.g. %20 for a space), or leave it unset to serve the site at /. The host goes in MARGO_SITE_URL.]`,
	);
});

test('names the setting the value came from', () => {
	expect(() => normalizeBase('a b', 'base_path')).toThrow('base_path="a b" has a space at position 2');
});

test('puts the base in front of a site path, with or without its leading slash', () => {
	expect(withBase('/specification/onboarding/', '/specification/')).toBe('/specification/specification/onboarding/');
	expect(withBase('decisions/dt-001/', '/specification/')).toBe('/specification/decisions/dt-001/');
	expect(withBase('/reference/?q=1#op', '/pr-7/')).toBe('/pr-7/reference/?q=1#op');
	expect(withBase('', '/pr-7/')).toBe('/pr-7/');
	expect(withBase('/api/v1', '/')).toBe('/api/v1');
	expect(withBase('api/v1', '/specification')).toBe('/specification/api/v1');
});

test('leaves external, protocol-relative and fragment links alone', () => {
	for (const link of ['https://github.com/margo', 'mailto:a@b.org', '//cdn.example.com/x.js', '/\\evil.example', '#signed-payloads']) {
		expect(withBase(link, '/specification/')).toBe(link);
	}
});

test('tells site-absolute links from the rest', () => {
	expect(isSiteAbsolute('/specification/onboarding/')).toBe(true);
	expect(isSiteAbsolute('/')).toBe(true);
	for (const link of ['../onboarding/', 'onboarding/', '//host/x', '/\\host', 'https://x.org/', '#a', ''])
		expect(isSiteAbsolute(link)).toBe(false);
});

test("reads the running site's base from Vite", () => {
	// vitest runs under Vite with the default base.
	expect(siteBase()).toBe('/');
	expect(withBase('/playground/')).toBe('/playground/');
});

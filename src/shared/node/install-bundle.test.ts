import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleKey, cachedBundle, nodeModulesOf } from './install-bundle.ts';

const scratchCache = () => mkdtempSync(join(tmpdir(), 'margo-install-bundle-'));

describe('cachedBundle', () => {
	it('makes a bundle once and reuses it for the same key', async () => {
		const cache = scratchCache();
		let made = 0;
		const make = async (dir: string) => {
			made++;
			writeFileSync(join(dir, 'entry.js'), `export default ${made};`);
		};
		const first = await cachedBundle(cache, 'key-a', 'entry.js', make);
		const second = await cachedBundle(cache, 'key-a', 'entry.js', make);
		expect(made).toBe(1);
		expect(second).toBe(first);
		expect(readFileSync(join(first, 'entry.js'), 'utf8')).toBe('export default 1;');
	});

	it('removes the bundles of other keys once a new one is in place', async () => {
		const cache = scratchCache();
		const make = async (dir: string) => writeFileSync(join(dir, 'entry.js'), '');
		await cachedBundle(cache, 'old-key', 'entry.js', make);
		await cachedBundle(cache, 'new-key', 'entry.js', make);
		expect(readdirSync(cache)).toEqual(['new-key']);
	});

	it('leaves no folder behind when making the bundle fails, and says so', async () => {
		const cache = scratchCache();
		await expect(
			cachedBundle(cache, 'key', 'entry.js', async (dir) => {
				writeFileSync(join(dir, 'half.js'), '');
				throw new Error('bundler crashed');
			}),
		).rejects.toThrow('bundler crashed');
		expect(readdirSync(cache)).toEqual([]);
	});

	it('refuses a bundle that lacks its entry file', async () => {
		const cache = scratchCache();
		await expect(cachedBundle(cache, 'key', 'entry.js', async () => {})).rejects.toThrow(/made no entry\.js/);
		expect(existsSync(join(cache, 'key'))).toBe(false);
	});
});

describe('bundleKey', () => {
	const inputs = (entries: unknown, makers: string[] = []) => ({ entries, makers });

	it('changes with the record of the installation', () => {
		const nodeModules = scratchCache();
		writeFileSync(join(nodeModules, '.package-lock.json'), '{"packages":{"a":"1.0.0"}}');
		const before = bundleKey(nodeModules, inputs(['a']), '/unused');
		expect(bundleKey(nodeModules, inputs(['a']), '/unused')).toBe(before);
		writeFileSync(join(nodeModules, '.package-lock.json'), '{"packages":{"a":"1.0.1"}}');
		expect(bundleKey(nodeModules, inputs(['a']), '/unused')).not.toBe(before);
	});

	it('changes when a package is added to the entries', () => {
		const nodeModules = scratchCache();
		writeFileSync(join(nodeModules, '.package-lock.json'), '{}');
		expect(bundleKey(nodeModules, inputs(['a', 'b']), '/unused')).not.toBe(bundleKey(nodeModules, inputs(['a']), '/unused'));
	});

	it('changes when the code that makes the bundle changes', () => {
		const nodeModules = scratchCache();
		writeFileSync(join(nodeModules, '.package-lock.json'), '{}');
		const maker = join(nodeModules, 'maker.ts');
		writeFileSync(maker, 'export const format = "es";');
		const before = bundleKey(nodeModules, inputs(['a'], [pathToFileURL(maker).href]), '/unused');
		writeFileSync(maker, 'export const format = "iife";');
		expect(bundleKey(nodeModules, inputs(['a'], [pathToFileURL(maker).href]), '/unused')).not.toBe(before);
	});
});

describe('nodeModulesOf', () => {
	it('gives the outermost node_modules folder of a nested package file', () => {
		expect(nodeModulesOf('/p/node_modules/a/node_modules/b/index.js')).toBe('/p/node_modules');
	});
});

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import { prebundlePlugin, type Prebundle } from '#shared/node/prebundle.ts';
import { projectRoot } from '../support/run-astro.ts';

const PREBUNDLE: Prebundle = { name: 'test-prebundle', entries: [{ id: 'idb-keyval', file: 'idb-keyval' }] };
const cache = join(projectRoot, 'node_modules', '.cache', 'margo-test-prebundle');
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** Builds one client script importing `source` with the plugin, as Astro's client build would. */
async function buildClient(source: string): Promise<Rolldown.RolldownOutput['output']> {
	const dir = mkdtempSync(join(tmpdir(), 'margo-prebundle-'));
	writeFileSync(join(dir, 'entry.js'), source);
	const result = (await build({
		configFile: false,
		root: dir,
		logLevel: 'silent',
		base: '/docs/',
		plugins: [prebundlePlugin('_astro', PREBUNDLE)],
		build: { write: false, rolldownOptions: { input: join(dir, 'entry.js'), preserveEntrySignatures: 'strict' } },
	})) as Rolldown.RolldownOutput;
	return result.output;
}

it('points an import of a prebundled package to its cached file under the base, and adds the bundle to the output', async () => {
	const output = await buildClient("import { get } from 'idb-keyval';\nexport const read = () => get('x');\n");
	const entry = output.find((file) => file.type === 'chunk' && file.isEntry);
	const emitted = output.filter((file) => file.type === 'asset').map((file) => file.fileName);
	expect(entry?.type === 'chunk' && entry.code).toMatch(
		/import\s*\{\s*get\b[^}]*\}\s*from\s*"\/docs\/_astro\/test-prebundle-[0-9a-f]{12}\/idb-keyval\.js"/,
	);
	expect(emitted.some((name) => /^_astro\/test-prebundle-[0-9a-f]{12}\/idb-keyval\.js$/.test(name))).toBe(true);
	// The bundled file is the package's code, with its exports.
	const file = output.find((f) => f.fileName.endsWith('/idb-keyval.js'));
	expect(file?.type === 'asset' && String(file.source)).toMatch(/export\s*\{[^}]*\bget\b/);
});

it('adds nothing to the output when no client code imports a prebundled package', async () => {
	const output = await buildClient('export const two = 1 + 1;\n');
	expect(output.filter((file) => file.type === 'asset')).toEqual([]);
});

it('makes the bundle once: the cache folder holds one key, reused by the next build', async () => {
	await buildClient("import { get } from 'idb-keyval'; export { get };\n");
	const keys = readdirSync(cache);
	expect(keys).toHaveLength(1);
	expect(existsSync(join(cache, keys[0]!, 'idb-keyval.js'))).toBe(true);
	expect(readFileSync(join(cache, keys[0]!, 'idb-keyval.js'), 'utf8').length).toBeGreaterThan(100);
});

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'vite';
import { bundleKey, cachedBundle, nodeModulesOf } from './install-bundle.ts';

/**
 * Packages of the site's browser code bundled once per installation (`install-bundle.ts`), not at
 * every build: their code depends only on the installed packages, yet bundling them was most of
 * the site's client build. In a build, an import of one of them then points to its file in the
 * cached bundle, served from `<base><assets>/<name>-<key>/`, and the bundle's files are added to the
 * output as they are. `astro dev` is left alone: Vite serves the packages as usual.
 */
export interface Prebundle {
	/** Names the cache (`node_modules/.cache/margo-<name>/`) and the served folder (`<name>-<key>/`). */
	name: string;
	/**
	 * What the site's code imports (a package, or one of its exported paths), each to the name of
	 * its file in the bundle (`<file>.js`) and, when not the import itself, what to bundle for it.
	 */
	entries: readonly { id: string; file: string; input?: string }[];
	/** Told when the bundle is made, not when it is reused. */
	onBundling?: () => void;
}

interface Made {
	dir: string;
	key: string;
}

const require = createRequire(import.meta.url);

/** The bundle for the installed packages, made now if there is none. */
async function ensurePrebundle({ name, entries, onBundling }: Prebundle): Promise<Made> {
	const vite = require.resolve('vite/package.json');
	const nodeModules = nodeModulesOf(vite);
	const key = bundleKey(nodeModules, { entries, makers: [import.meta.url] }, vite);
	const first = `${entries[0]?.file}.js`;
	const dir = await cachedBundle(join(nodeModules, '.cache', `margo-${name}`), key, first, async (scratch) => {
		onBundling?.();
		await build({
			configFile: false,
			// Inside `node_modules/.cache`: packages resolve from the project's `node_modules`.
			root: scratch,
			envDir: false,
			publicDir: false,
			logLevel: 'silent',
			mode: 'production',
			// Chunks load each other relative to the entry, wherever the site puts it.
			base: './',
			build: {
				outDir: scratch,
				emptyOutDir: false,
				// As Astro builds the site's own client code.
				target: 'esnext',
				minify: true,
				reportCompressedSize: false,
				rolldownOptions: {
					input: Object.fromEntries(entries.map((entry) => [entry.file, entry.input ?? entry.id])),
					// Every export stays: the site's code may use any of them.
					preserveEntrySignatures: 'strict',
					output: {
						format: 'es',
						entryFileNames: '[name].js',
						chunkFileNames: '[name]-[hash].js',
						assetFileNames: '[name]-[hash][extname]',
					},
				},
			},
		});
	});
	return { dir, key };
}

/** The files of a bundle, as paths relative to its folder. */
function bundleFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) =>
			join(entry.parentPath, entry.name)
				.slice(dir.length + 1)
				.split(sep)
				.join('/'),
		);
}

/**
 * A Vite plugin for the site's client build: each import of `prebundle.entries` becomes its file
 * in the cached bundle. The bundle's files are added to the output only if some client code imports
 * one of them.
 *
 * @param assets Astro's `build.assets` folder (`_astro`)
 */
export function prebundlePlugin(assets: string, prebundle: Prebundle): Plugin {
	const files = new Map(prebundle.entries.map((entry) => [entry.id, entry.file]));
	let made: Made | undefined;
	let base = '/';
	let used = false;
	const folder = () => `${assets}/${prebundle.name}-${made?.key}`;
	return {
		name: `margo:prebundle-${prebundle.name}`,
		// Before Vite's own resolver, which would find the package itself.
		enforce: 'pre',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		configResolved(config) {
			base = config.base;
		},
		async buildStart() {
			made = await ensurePrebundle(prebundle);
		},
		resolveId(id) {
			const file = files.get(id);
			if (file === undefined || !made) return null;
			used = true;
			return { id: `${base}${folder()}/${file}.js`, external: true };
		},
		generateBundle() {
			if (!made || !used) return;
			for (const file of bundleFiles(made.dir)) {
				this.emitFile({ type: 'asset', fileName: `${folder()}/${file}`, source: readFileSync(join(made.dir, file)) });
			}
		},
	};
}

/** Adds a prebundle to the site's client build, saying so when it is made rather than reused. */
export function prebundleIntegration({ name, entries }: Pick<Prebundle, 'name' | 'entries'>): AstroIntegration {
	return {
		name: `margo:prebundle-${name}`,
		hooks: {
			'astro:config:setup': ({ config, logger, updateConfig }) => {
				const onBundling = () => logger.info('Bundling the browser code’s packages once for this installation…');
				updateConfig({ vite: { plugins: [prebundlePlugin(config.build.assets, { name, entries, onBundling })] } });
			},
		},
	};
}

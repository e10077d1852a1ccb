import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { build, type Plugin } from 'vite';
import { cachedBundle, installationKey, nodeModulesOf } from '#shared/install-bundle.ts';

/**
 * Scalar's client (`@scalar/api-reference`, 2,700 modules, 4.5 MB once minified) bundled once per
 * installation rather than at every build (`shared/install-bundle.ts`). Bundling it was most of the
 * site's client build (about three seconds of a quiet machine's time, every build, whatever
 * changed), and its code depends only on the installed packages: it is bundled once into
 * `node_modules/.cache/margo-scalar/<key>/`.
 *
 * In a build, `import … from '@scalar/api-reference'` (in `components/scalar-panel.ts`) then points
 * to that bundle's entry under `<base><assets>/scalar-<key>/`, and its files are added to the build's
 * output as they are. `astro dev` is left alone: Vite serves the package as usual.
 */

const PACKAGE = '@scalar/api-reference';
const ENTRY = 'scalar.js';
/** Bump when the way the bundle is made changes, so old bundles are not reused. */
const RECIPE = '1';

export interface ScalarBundle {
	/** Folder holding the bundle's files (`scalar.js` and its chunks). */
	dir: string;
	/** Names the installation the bundle was made from. */
	key: string;
}

/** The bundle for the installed Scalar, made now if there is none. */
export async function ensureScalarBundle(onBundling: () => void = () => {}): Promise<ScalarBundle> {
	const entry = createRequire(import.meta.url).resolve(PACKAGE);
	const nodeModules = nodeModulesOf(entry);
	const key = installationKey(nodeModules, RECIPE, join(entry, '..', '..', 'package.json'));
	const dir = await cachedBundle(join(nodeModules, '.cache', 'margo-scalar'), key, ENTRY, async (scratch) => {
		onBundling();
		await build({
			configFile: false,
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
					input: { scalar: entry },
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
 * A Vite plugin for the site's client build: `@scalar/api-reference` becomes the cached bundle,
 * served from `<base><assets>/scalar-<key>/`. Its files are added to the output only if some
 * client code imports the package.
 *
 * @param assets Astro's `build.assets` folder (`_astro`)
 */
export function scalarBundlePlugin(assets: string, onBundling?: () => void): Plugin {
	let bundle: ScalarBundle | undefined;
	let base = '/';
	let used = false;
	const folder = () => `${assets}/scalar-${bundle?.key}`;
	return {
		name: 'margo:scalar-bundle',
		// Before Vite's own resolver, which would find the package itself.
		enforce: 'pre',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		configResolved(config) {
			base = config.base;
		},
		async buildStart() {
			bundle = await ensureScalarBundle(onBundling);
		},
		resolveId(id) {
			if (id !== PACKAGE || !bundle) return null;
			used = true;
			return { id: `${base}${folder()}/${ENTRY}`, external: true };
		},
		generateBundle() {
			if (!bundle || !used) return;
			for (const file of bundleFiles(bundle.dir)) {
				this.emitFile({ type: 'asset', fileName: `${folder()}/${file}`, source: readFileSync(join(bundle.dir, file)) });
			}
		},
	};
}

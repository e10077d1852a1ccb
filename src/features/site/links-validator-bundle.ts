import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { build } from 'vite';
import { bundleKey, cachedBundle, nodeModulesOf } from '#shared/node/install-bundle.ts';

/** starlight-links-validator's plugin factory (we pass only `exclude`; the rest are defaults). */
export type LinksValidatorFactory = (options?: Record<string, unknown>) => StarlightPlugin;

const PACKAGE = 'starlight-links-validator';
const ENTRY = 'index.mjs';

/**
 * The links validator, loaded as JavaScript. The package ships its TypeScript sources, which Node
 * does not load from `node_modules`: imported from the site's configuration, it made Astro load
 * the whole configuration through Vite (a server started, each of the site's modules transformed)
 * instead of with Node itself, about 0.3 s of every build and `astro dev` start. It is bundled
 * once per installation (`shared/node/install-bundle.ts`), its dependencies left as imports, into
 * `<package>/node_modules/.cache/margo-links-validator/<key>/`: from there they resolve as from
 * the package itself.
 *
 * Where that bundle cannot be made (a read-only `node_modules`), the package is imported as it
 * is, which works when Astro loads the configuration through Vite.
 */
export async function loadLinksValidator(): Promise<LinksValidatorFactory> {
	const require = createRequire(import.meta.url);
	const manifest = require.resolve(`${PACKAGE}/package.json`);
	const packageDir = dirname(manifest);
	let bundled: string;
	try {
		const key = bundleKey(nodeModulesOf(manifest), { entries: [PACKAGE, ENTRY], makers: [import.meta.url] }, manifest);
		const cache = join(packageDir, 'node_modules', '.cache', 'margo-links-validator');
		bundled = join(await cachedBundle(cache, key, ENTRY, (scratch) => bundle(packageDir, scratch)), ENTRY);
	} catch (error) {
		return importPackage(error);
	}
	return ((await import(pathToFileURL(bundled).href)) as { default: LinksValidatorFactory }).default;
}

async function bundle(packageDir: string, outDir: string): Promise<void> {
	await build({
		configFile: false,
		root: packageDir,
		envDir: false,
		publicDir: false,
		logLevel: 'silent',
		mode: 'production',
		build: {
			// A server build: the package's own modules are bundled, its dependencies stay imports.
			ssr: join(packageDir, 'index.ts'),
			outDir,
			emptyOutDir: false,
			minify: false,
			reportCompressedSize: false,
			rolldownOptions: { output: { format: 'es', entryFileNames: ENTRY } },
		},
	});
}

async function importPackage(bundleError: unknown): Promise<LinksValidatorFactory> {
	try {
		// Through the re-export whose declaration TypeScript reads (see `links-validator-package.d.mts`).
		return (await import('./links-validator-package.mjs')).default;
	} catch (error) {
		throw new Error(
			`Could not load ${PACKAGE}: bundling it into JavaScript failed (${String(bundleError)}), and importing its TypeScript failed (${String(error)}). ` +
				'Reinstall the packages (`npm ci`) and build again.',
			{ cause: error },
		);
	}
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version as viteVersion } from 'vite';

/**
 * Code bundled once per installation rather than at every build, as Vite pre-bundles
 * dependencies: it depends only on the installed packages, so it is made once into a cache folder
 * whose name (the key) is the digest of everything the bundle is made from: the record of the
 * install (`node_modules/.package-lock.json`), Vite's version, what is bundled (its entries) and
 * the code that makes it. No number is bumped by hand: changing any of them makes a new bundle.
 * `npm run clean` removes them all (`scripts/clean.ts`). Used for the packages of the site's browser code (`prebundle.ts`: Scalar's
 * client, the playground's libraries) and for the links validator, which ships TypeScript that
 * Node cannot load (`features/site/links-validator-bundle.ts`).
 */

/** The `node_modules` folder a resolved file of a package is installed in (the outermost one). */
export function nodeModulesOf(file: string): string {
	const marker = `${sep}node_modules${sep}`;
	return file.slice(0, file.indexOf(marker) + marker.length - 1);
}

/** What a bundle is made from, besides the installed packages. */
export interface BundleInputs {
	/** What is bundled, as plain data (the entries and their names). */
	entries: unknown;
	/** The modules whose code makes the bundle (`import.meta.url` of each). */
	makers: readonly string[];
}

/**
 * Names a bundle by what it is made from; `packageFile` is any file of the bundled package, read
 * when npm left no record of the install.
 */
export function bundleKey(nodeModules: string, inputs: BundleInputs, packageFile: string): string {
	const lockfile = join(nodeModules, '.package-lock.json');
	const installed = existsSync(lockfile) ? readFileSync(lockfile) : readFileSync(packageFile);
	const hash = createHash('sha256')
		.update(`${viteVersion}\n${JSON.stringify(inputs.entries)}\n`)
		.update(installed);
	for (const maker of [import.meta.url, ...inputs.makers]) hash.update(readFileSync(fileURLToPath(maker)));
	return hash.digest('hex').slice(0, 12);
}

/**
 * The folder `<cache>/<key>/` holding `entry`, made now by `make(scratch)` if there is none.
 * Made in a scratch folder and renamed into place, so a build that stops midway, or two builds at
 * once, never leave half a bundle; bundles of other keys are removed once the new one is in place.
 */
export async function cachedBundle(cache: string, key: string, entry: string, make: (scratch: string) => Promise<void>): Promise<string> {
	const dir = join(cache, key);
	if (existsSync(join(dir, entry))) return dir;
	const scratch = join(cache, `${key}.${process.pid}.tmp`);
	rmSync(scratch, { recursive: true, force: true });
	mkdirSync(dirname(join(scratch, entry)), { recursive: true });
	try {
		await make(scratch);
		if (!existsSync(join(scratch, entry))) throw new Error(`Bundling into ${scratch} made no ${entry}.`);
		renameSync(scratch, dir);
	} catch (error) {
		rmSync(scratch, { recursive: true, force: true });
		// Another build made the same bundle meanwhile: use it.
		if (existsSync(join(dir, entry))) return dir;
		throw error;
	}
	for (const old of readdirSync(cache))
		if (old !== key && !old.endsWith('.tmp')) rmSync(join(cache, old), { recursive: true, force: true });
	return dir;
}

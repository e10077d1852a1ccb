import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { version as viteVersion } from 'vite';

/**
 * Code bundled once per installation rather than at every build, as Vite pre-bundles
 * dependencies: it depends only on the installed packages, so it is made once into a cache folder
 * whose name (the key) changes with any install (`node_modules/.package-lock.json`), Vite upgrade
 * or change of recipe. Used for the packages of the site's browser code (`prebundle.ts`: Scalar's
 * client, the playground's libraries) and for the links validator, which ships TypeScript that
 * Node cannot load (`features/site/links-validator-bundle.ts`).
 */

/** The `node_modules` folder a resolved file of a package is installed in (the outermost one). */
export function nodeModulesOf(file: string): string {
	const marker = `${sep}node_modules${sep}`;
	return file.slice(0, file.indexOf(marker) + marker.length - 1);
}

/**
 * Names the installation: `recipe` says how the bundle is made (bump it when that changes);
 * `packageFile` is any file of the bundled package, read when npm left no record of the install.
 */
export function installationKey(nodeModules: string, recipe: string, packageFile: string): string {
	const lockfile = join(nodeModules, '.package-lock.json');
	const installed = existsSync(lockfile) ? readFileSync(lockfile) : readFileSync(packageFile);
	return createHash('sha256').update(`${recipe}\n${viteVersion}\n`).update(installed).digest('hex').slice(0, 12);
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

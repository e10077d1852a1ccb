import { existsSync, globSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run clean`: removes every result kept between builds, so the next build does all its work
 * again. Run it when output looks stale after an edit that should have changed it; nothing of
 * yours is lost (each of these is made again from the sources).
 *
 * - `dist/`: the last build;
 * - `node_modules/.astro/`: Astro's content cache and the kept check results and service worker
 *   (`margo-*.json`, `src/shared/node/build-cache.ts`);
 * - `node_modules/.cache/margo-*` and `node_modules/*\/node_modules/.cache/margo-*`: the bundles made
 *   once per installation (`src/shared/node/install-bundle.ts`), the sites the tests and the bench build,
 *   and what typecheck and lint learnt (`margo-tsc`, `margo-eslint`, `margo-prettier`, `margo-knip`).
 */
const root = fileURLToPath(new URL('..', import.meta.url));

const kept = [
	'dist',
	'node_modules/.astro',
	...globSync(['node_modules/.cache/margo-*', 'node_modules/**/node_modules/.cache/margo-*'], { cwd: root }),
];

let removed = 0;
for (const path of kept) {
	const absolute = join(root, path);
	if (!existsSync(absolute)) continue;
	rmSync(absolute, { recursive: true, force: true });
	console.log(`removed ${relative(root, absolute)}`);
	removed += 1;
}
console.log(removed === 0 ? 'Nothing to clean.' : `Cleaned ${removed} kept result${removed === 1 ? '' : 's'}.`);

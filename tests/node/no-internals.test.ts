import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../support/run-astro.ts';

/**
 * Other packages are used through their documented APIs only: a cache that renames Astro's data
 * store, refills a plugin's private global or edits markup Starlight rendered breaks silently on
 * an upgrade. These are the internals the site once reached into; none may come back.
 */
const INTERNALS = [
	/_starlightLinksValidatorValidationData/,
	/data-store\.json/,
	/@astrojs\/starlight\/components\/Sidebar(Persister|Sublist)\.astro/,
	/\.replace\([^)]*aria-current/,
];

test('names no private global, cache file or rendered markup of another package in the site code', () => {
	const files = globSync(['src/**/*.{ts,astro,mjs}', 'scripts/**/*.ts', 'astro.config.mjs'], { cwd: projectRoot });
	expect(files.length).toBeGreaterThan(100);
	const found = files.flatMap((file) => {
		const text = readFileSync(join(projectRoot, file), 'utf8');
		return INTERNALS.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern.source}`);
	});
	expect(found).toEqual([]);
});

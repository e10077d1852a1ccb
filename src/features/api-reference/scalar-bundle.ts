import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { prebundlePlugin } from '#shared/node/prebundle.ts';

/**
 * Scalar's client (`@scalar/api-reference`, 2,700 modules, 4.5 MB once minified) bundled once per
 * installation rather than at every build (`shared/node/prebundle.ts`): bundling it was most of the
 * site's client build, about three seconds of a quiet machine's time, every build, whatever
 * changed. It is bundled into `node_modules/.cache/margo-scalar/<key>/`; in a build,
 * `import … from '@scalar/api-reference'` (in `client/scalar-panel.ts`) points to its entry
 * under `<base><assets>/scalar-<key>/scalar.js`.
 *
 * @param assets Astro's `build.assets` folder (`_astro`)
 */
export function scalarBundlePlugin(assets: string, onBundling?: () => void): Plugin {
	const PACKAGE = '@scalar/api-reference';
	return prebundlePlugin(assets, {
		name: 'scalar',
		// The package's own entry, as Node resolves it.
		entries: [{ id: PACKAGE, file: 'scalar', input: createRequire(import.meta.url).resolve(PACKAGE) }],
		...(onBundling ? { onBundling } : {}),
	});
}

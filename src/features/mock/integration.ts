import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { loadOperationSpecs, MOCK_API_DOCUMENT } from './node/api-operations.ts';
import { virtualModulesPlugin } from '#shared/virtual-modules.ts';

const MODULE = 'virtual:margo/mock-operations';
const REGISTRABLE_DOMAIN = fileURLToPath(new URL('./browser/registrable-domain.ts', import.meta.url));

/**
 * Gives the in-browser mock the operations of the API document (`virtual:margo/mock-operations`:
 * methods, paths, signing and dereferenced request schemas), computed at build time from the
 * same file the reference renders, so the browser ships JSON schemas and no YAML parser.
 */
export function mockIntegration(): AstroIntegration {
	return {
		name: 'margo:mock',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const root = fileURLToPath(config.root);
				const operations = virtualModulesPlugin('margo:mock', {
					[MODULE]: {
						// In `astro dev`, an edit of the API document reloads the module.
						watchFiles: () => [join(root, MOCK_API_DOCUMENT)],
						// A site without the management API (a test fixture) gets a mock with no operations.
						code: () => `export default ${JSON.stringify(existsSync(join(root, MOCK_API_DOCUMENT)) ? loadOperationSpecs(root) : [])};`,
					},
				});
				updateConfig({ vite: { plugins: [operations, lightCookieDomains()] } });
			},
		},
	};
}

/** msw's cookie jar gets `browser/registrable-domain.ts` in place of the public suffix list. */
function lightCookieDomains(): Plugin {
	return {
		name: 'margo:mock-cookie-domains',
		enforce: 'pre',
		resolveId: (source, importer) => (source === 'tldts' && importer?.includes('/tough-cookie/') ? REGISTRABLE_DOMAIN : undefined),
	};
}

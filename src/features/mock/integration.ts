import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { listApiDocuments } from '#shared/openapi/documents.ts';
import { MANAGEMENT_API_ID } from '#shared/openapi/mock-path.ts';
import { virtualModulesPlugin } from '#shared/virtual-modules.ts';
import { loadOperationSpecs, MOCK_API_DOCUMENT } from './node/api-operations.ts';

const MODULE = 'virtual:margo/mock-operations';
const DOCUMENTS_MODULE = 'virtual:margo/mock-documents';
const REGISTRABLE_DOMAIN = fileURLToPath(new URL('./browser/registrable-domain.ts', import.meta.url));

/**
 * Gives the in-browser mock the operations of the API document (`virtual:margo/mock-operations`:
 * methods, paths, signing and dereferenced request schemas), computed at build time from the
 * same file the reference renders, so the browser ships JSON schemas and no YAML parser; and the
 * ids of the other documents, which the generic mock answers (`virtual:margo/mock-documents`).
 */
export function mockIntegration(): AstroIntegration {
	return {
		name: 'margo:mock',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const root = fileURLToPath(config.root);
				const modules = virtualModulesPlugin('margo:mock', {
					[MODULE]: {
						// In `astro dev`, an edit of the API document reloads the module.
						watchFiles: () => [join(root, MOCK_API_DOCUMENT)],
						// A site without the management API (a test fixture) gets a mock with no operations.
						code: () => `export default ${JSON.stringify(existsSync(join(root, MOCK_API_DOCUMENT)) ? loadOperationSpecs(root) : [])};`,
					},
					// The other documents are mocked generically; the browser fetches each one's 3.1 form on first use.
					[DOCUMENTS_MODULE]: {
						watchFiles: () => listApiDocuments(root).map((file) => join(root, file)),
						code: () =>
							`export const ids = ${JSON.stringify(
								listApiDocuments(root)
									.map((file) => basename(file, extname(file)))
									.filter((id) => id !== MANAGEMENT_API_ID),
							)};`,
					},
				});
				updateConfig({ vite: { plugins: [modules, lightCookieDomains()] } });
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

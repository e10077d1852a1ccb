import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { normalizeBase } from '#shared/base.ts';
import { keptResult } from '#shared/node/build-cache.ts';
import { listApiDocuments, referencedFiles } from '#shared/node/openapi/documents.ts';
import { MANAGEMENT_API_ID } from '#shared/openapi/mock-path.ts';
import { virtualModulesPlugin } from '#shared/node/virtual-modules.ts';
import { loadOperationSpecs, MOCK_API_DOCUMENT } from './node/api-operations.ts';
import { bundleServiceWorker, writeServiceWorker } from './worker-bundle.ts';
import { WORKER_SCRIPT } from './worker/protocol.ts';

const MODULE = 'virtual:margo/mock-operations';
const DOCUMENTS_MODULE = 'virtual:margo/mock-documents';
const REGISTRABLE_DOMAIN = fileURLToPath(new URL('./browser/registrable-domain.ts', import.meta.url));

/**
 * Builds the mock's service worker into `<base>mock-service-worker.js` (served on request in
 * `astro dev`), with the operations of the API document (`virtual:margo/mock-operations`:
 * methods, paths, signing and dereferenced request schemas) computed at build time from the same
 * file the reference renders, so the browser ships JSON schemas and no YAML parser; and the ids of
 * the other documents, which the generic mock answers (`virtual:margo/mock-documents`).
 */
export function mockIntegration(): AstroIntegration {
	let root = '';
	let base = '/';
	let cacheDir = '';
	let bundled: Promise<string> | undefined;
	// Kept between builds while the API documents, the code and the packages are unchanged: bundling
	// takes about a second of CPU, beside the pages on a machine of two cores (`shared/node/build-cache.ts`).
	const bundle = () =>
		(bundled ??= keptResult(
			{ name: 'mock-service-worker', root, cacheDir, inputs: ['openapi/**/*'], referenced: referencedFiles },
			() => bundleServiceWorker(root, [mockModules(root), lightCookieDomains()]),
			{ isValue: (code): code is string => typeof code === 'string' && code.length > 0 },
		));
	return {
		name: 'margo:mock',
		hooks: {
			'astro:config:setup': ({ config }) => {
				root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(config.cacheDir);
				base = normalizeBase(config.base);
			},
			// Bundled beside the pages, not after them.
			'astro:build:start': () => void bundle().catch(() => undefined),
			'astro:build:done': async ({ dir }) => writeServiceWorker(dir, await bundle()),
			'astro:server:setup': ({ server }) => {
				const path = `${base}${WORKER_SCRIPT}`;
				// An edit of the mock's code or of an API document is in the next worker the browser fetches.
				server.watcher.on('change', (file) => {
					if (/\/(src|openapi)\//.test(file)) bundled = undefined;
				});
				server.middlewares.use((request, response, next) => {
					if (request.url?.split('?')[0] !== path) return next();
					bundle().then(
						(code) => response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' }).end(code),
						(error: unknown) => {
							bundled = undefined;
							next(error);
						},
					);
				});
			},
		},
	};
}

/** The virtual modules of the worker: the management API's operations and the other documents' ids. */
function mockModules(root: string): Plugin {
	return virtualModulesPlugin('margo:mock', {
		[MODULE]: {
			// In `astro dev`, an edit of the API document reloads the module.
			watchFiles: () => [join(root, MOCK_API_DOCUMENT)],
			// A site without the management API (a test fixture) gets a mock with no operations.
			code: () => `export default ${JSON.stringify(existsSync(join(root, MOCK_API_DOCUMENT)) ? loadOperationSpecs(root) : [])};`,
		},
		// The other documents are mocked generically; the worker fetches each one's 3.1 form on first use.
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
}

/** msw's cookie jar gets `browser/registrable-domain.ts` in place of the public suffix list. */
function lightCookieDomains(): Plugin {
	return {
		name: 'margo:mock-cookie-domains',
		enforce: 'pre',
		resolveId: (source, importer) => (source === 'tldts' && importer?.includes('/tough-cookie/') ? REGISTRABLE_DOMAIN : undefined),
	};
}

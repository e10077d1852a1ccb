import type { AstroIntegration } from 'astro';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkApi } from './api-checks.ts';
import { listApiDocuments, loadApiDocuments } from '../lib/openapi-documents.ts';
import { ProblemReportError, formatReport } from '../lib/problems.ts';
import { virtualModulesPlugin } from './virtual-modules.ts';

/**
 * Astro appends "Browser APIs are not available on the server" to any error whose text contains
 * "document" or "window"; a report about API documents always does. Its `toString()` therefore
 * gives only the error's name; the message, the report itself, is printed as it is.
 */
class ApiProblemsError extends ProblemReportError {
	override toString(): string {
		return this.name;
	}
}

const own = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * The API documents of `openapi/`: checks them and every API example of the specification pages
 * before the build starts, and adds their routes: `/reference/` (the list), `/reference/<id>/`
 * (one reference per document) and `/openapi/<id>.{yaml,json}` (downloads). A new file in
 * `openapi/` needs no code change.
 *
 * Also provides `virtual:margo/openapi-sources` (root and files, for build-time code) and
 * `virtual:margo/openapi` (every document bundled as JSON, for browser code such as the mock).
 */
export function apiReferenceIntegration({ checks = true }: { checks?: boolean } = {}): AstroIntegration {
	let root = '';
	return {
		name: 'margo:api-reference',
		hooks: {
			'astro:config:setup': async ({ config, command, logger, injectRoute, updateConfig }) => {
				root = fileURLToPath(config.root);
				const problems = checks ? await checkApi(root) : [];
				if (problems.length) {
					if (command === 'build') throw new ApiProblemsError('API documents and examples', problems);
					logger.warn(formatReport('API documents and examples', problems));
				}
				injectRoute({ pattern: '/reference', entrypoint: own('routes/reference-index.astro') });
				injectRoute({ pattern: '/reference/[...path]', entrypoint: own('routes/reference-page.astro') });
				injectRoute({ pattern: '/openapi/[file]', entrypoint: own('routes/openapi-download.ts') });
				// An edited document reloads the pages made from it in `astro dev`.
				const watchFiles = () => listApiDocuments(root).map((file) => join(root, file));
				updateConfig({
					vite: {
						plugins: [
							virtualModulesPlugin('margo:openapi', {
								'virtual:margo/openapi-sources': {
									watchFiles,
									code: () => `export const root = ${JSON.stringify(root)};\nexport const files = ${JSON.stringify(listApiDocuments(root))};`,
								},
								'virtual:margo/openapi': { watchFiles, code: () => `export default ${JSON.stringify(loadApiDocuments(root))};` },
							}),
						],
					},
				});
			},
			'astro:server:setup': ({ server, logger }) => {
				// In `astro dev`, check again whenever a document or a page changes and log the result,
				// so an author sees a broken example without restarting.
				let timer: ReturnType<typeof setTimeout> | undefined;
				const recheck = (file: string) => {
					const path = relative(root, file);
					if (!/^(openapi\/|content\/.*\.mdx?$)/.test(path)) return;
					clearTimeout(timer);
					timer = setTimeout(async () => {
						const problems = checks ? await checkApi(root) : [];
						if (problems.length) logger.warn(formatReport('API documents and examples', problems));
						else logger.info(`API documents and examples: no problems (after ${path} changed)`);
					}, 200);
				};
				server.watcher.on('change', recheck);
				server.watcher.on('add', recheck);
			},
		},
	};
}

import type { AstroIntegration } from 'astro';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedChecks, type CheckResult } from '#shared/node/build-cache.ts';
import { listApiDocuments, referencedFiles } from '#shared/node/openapi/documents.ts';
import { ProblemReportError, formatReport, type Problem } from '#shared/problems.ts';
import { reportProblems } from '#shared/node/report.ts';
import { injectRoutes } from '#shared/node/routes.ts';
import { publishAsItIs } from './openapi/check-levels.ts';
import { API_REFERENCE_ROUTES } from './route-table.ts';
import { virtualModulesPlugin } from '#shared/node/virtual-modules.ts';
import { scalarBundlePlugin } from './scalar-bundle.ts';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { normalizeBase } from '#shared/base.ts';
import { endpointLinksPlugin, endpointTargets } from './endpoint-links.ts';
import { keptHighlights } from './kept-highlights.ts';
import type { HighlightedBlock } from './render/reference-highlight.ts';

/**
 * Astro appends "Browser APIs are not available on the server" to any error whose text contains
 * "document" or "window"; a report about API documents always does. Its `toString()` therefore
 * gives only the error's name; the message, the report itself, is printed as it is, followed by
 * how to publish a third-party document that stops the build as it is.
 */
class ApiProblemsError extends ProblemReportError {
	constructor(title: string, problems: readonly Problem[]) {
		super(title, problems);
		const advice = publishAsItIs(problems);
		if (advice) this.message += `\n${advice}`;
	}

	override toString(): string {
		return this.name;
	}
}

/** Every API check; Redocly and the checkers load only when the checks run. */
async function checkApi(root: string): Promise<CheckResult> {
	return (await import('./checks/api-checks.ts')).checkApi(root);
}

/** The heading of the problems of documents at check level `warn` (`openapi/checks.yaml`). */
const WARN_TITLE = 'API documents checked at level warn (the build goes on)';

/**
 * The API documents of `openapi/`: checks them and every API example of the specification pages
 * before the build starts, and adds their routes: `/reference/` (the list), `/reference/<id>/`
 * (one reference per document) and `/openapi/<id>.{yaml,json}` (downloads). A new file in
 * `openapi/` needs no code change.
 *
 * Also provides `virtual:margo/openapi-sources` (root and files, for build-time code), and to a
 * build the code blocks the last build highlighted (`virtual:margo/reference-highlights`).
 */
export function apiReferenceIntegration(): AstroIntegration {
	let root = '';
	let highlights: { cacheDir: string; base: string } | undefined;
	let highlighted: HighlightedBlock[] = [];
	return {
		name: 'margo:api-reference',
		hooks: {
			'astro:config:setup': async ({ config, command, logger, injectRoute, updateConfig }) => {
				root = fileURLToPath(config.root);
				if (command === 'build') highlights = { cacheDir: fileURLToPath(config.cacheDir), base: normalizeBase(config.base) };
				// Reused from the last build while none of what the checks read has changed (`shared/node/build-cache.ts`).
				const cache = {
					name: 'api-checks',
					root,
					cacheDir: fileURLToPath(config.cacheDir),
					inputs: ['openapi/**/*', 'content/**/*.{md,mdx}'],
					referenced: referencedFiles,
				};
				const { errors, warnings } = await cachedChecks(cache, () => checkApi(root));
				if (warnings.length) logger.warn(formatReport(WARN_TITLE, warnings));
				reportProblems({ command, logger }, 'API documents and examples', errors, ApiProblemsError);
				injectRoutes(injectRoute, API_REFERENCE_ROUTES);
				// Each endpoint named in a page links to its operation (`endpoint-links.ts`), added the way
				// Starlight adds its own Sätteri plugins.
				const processor = config.markdown.processor;
				if (processor && isSatteriProcessor(processor))
					processor.options.hastPlugins.push(endpointLinksPlugin(endpointTargets(root, normalizeBase(config.base))));
				// An edited document reloads the pages made from it in `astro dev`.
				const watchFiles = () => listApiDocuments(root).map((file) => join(root, file));
				updateConfig({
					vite: {
						plugins: [
							virtualModulesPlugin('margo:openapi', {
								'virtual:margo/openapi-sources': {
									watchFiles,
									code: () =>
										`export const root = ${JSON.stringify(root)};\nexport const files = ${JSON.stringify(listApiDocuments(root))};`,
								},
								'virtual:margo/reference-highlights': { code: () => `export const highlighted = ${JSON.stringify(highlighted)};` },
							}),
							// Scalar's client is bundled once per installation, not at every build (`scalar-bundle.ts`).
							scalarBundlePlugin(config.build.assets, () => logger.info('Bundling Scalar’s client once for this installation…')),
						],
					},
				});
			},
			// Before the pages are bundled, which is when the routes' module of kept blocks is made.
			'astro:build:start': async () => {
				if (highlights) highlighted = await keptHighlights({ root, ...highlights });
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
						const { errors, warnings } = await checkApi(root);
						if (warnings.length) logger.warn(formatReport(WARN_TITLE, warnings));
						if (errors.length) logger.warn(formatReport('API documents and examples', errors));
						else logger.info(`API documents and examples: no problems that stop the build (after ${path} changed)`);
					}, 200);
				};
				server.watcher.on('change', recheck);
				server.watcher.on('add', recheck);
			},
		},
	};
}

import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { reportProblems } from '#shared/node/report.ts';
import { injectRoutes } from '#shared/node/routes.ts';
import { REQUIREMENT_ROUTES } from './route-table.ts';
import { isSpecPageFile, loadCatalog, loadLexicon, readSpecPages } from './files.ts';
import { REGISTRY_FILE } from './registry.ts';
import { requirementsMarkdownPlugin } from './markdown-plugin.ts';
import { virtualModulesPlugin } from '#shared/node/virtual-modules.ts';
import { normalizeBase } from '#shared/base.ts';

const MODULE = 'virtual:margo/requirements';

/**
 * Normative statements and the lexicon:
 * - checks requirement IDs (pages, registry, citations in the mock and the decision trackers)
 *   and the lexicon before the build, and stops it with one report of every problem;
 * - renders statements and lexicon links in specification pages (a Sätteri hast plugin: adding
 *   remark/rehype plugins would switch the whole site to the slower unified pipeline);
 * - exposes the catalog to the index page and `/requirements.json` as `virtual:margo/requirements`.
 */
export function requirementsIntegration(): AstroIntegration {
	return {
		name: 'margo:requirements',
		hooks: {
			'astro:config:setup': ({ config, command, logger, updateConfig, injectRoute, injectScript }) => {
				injectRoutes(injectRoute, REQUIREMENT_ROUTES);
				// Places lexicon tooltips; loads Floating UI only on pages that have terms.
				injectScript('page', `import ${JSON.stringify(fileURLToPath(new URL('./client/tooltip-loader.ts', import.meta.url)))};`);
				const root = fileURLToPath(config.root);
				const lexicon = loadLexicon(root);
				const catalog = loadCatalog(root);
				reportProblems({ command, logger }, 'Requirements and lexicon', [...catalog.problems, ...lexicon.problems]);

				// Added the way Starlight adds its own Sätteri plugins.
				const processor = config.markdown.processor;
				if (!processor || !isSatteriProcessor(processor)) {
					throw new Error(
						'margo:requirements renders with Sätteri, Astro’s default Markdown processor; remove `markdown.processor` from the config.',
					);
				}
				processor.options.hastPlugins.push(
					requirementsMarkdownPlugin({
						root,
						base: normalizeBase(config.base),
						isSpecPage: isSpecPageFile,
						terms: lexicon.terms,
						inputs: createHash('sha256').update(lexicon.source).digest('hex'),
					}),
				);

				updateConfig({
					vite: {
						plugins: [
							virtualModulesPlugin('margo:requirements', {
								[MODULE]: {
									// In `astro dev`, read afresh on every load, and reloaded when a page changes, to follow
									// edits; a build's pages do not change, so it uses the catalog just checked.
									watchFiles: () => [...readSpecPages(root).map((page) => join(root, page.file)), join(root, REGISTRY_FILE)],
									code: () => {
										const { requirements, retired } = command === 'build' ? catalog : loadCatalog(root);
										return `export default ${JSON.stringify({ requirements, retired })};`;
									},
								},
							}),
						],
					},
				});
			},
		},
	};
}

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport } from '#shared/problems.ts';
import { reportProblems } from '#shared/node/report.ts';
import { injectRoutes } from '#shared/node/routes.ts';
import { PROPOSAL_ROUTES } from './route-table.ts';
import { virtualModulesPlugin } from '#shared/node/virtual-modules.ts';
import { LOADERS } from '#shared/node/collection-loaders.ts';
import { reloadOnChange } from '#shared/node/dev-reload.ts';
import { join, resolve, sep } from 'node:path';

const MODULE = 'virtual:margo/proposals-summary';

/**
 * Reads the SUP folder before the build: a `MARGO_PROPOSALS_DIR` that does not exist stops it
 * (`ProposalsDirError`, thrown as is: its message says what to set); a symlink leaving the folder
 * or a file that is not UTF-8 stops it with file names; missing figures and links, a file in two
 * folders and a status table that disagrees are printed as warnings with file:line. In `astro dev`,
 * a SUP added or changed (or the pull requests the sync read) is loaded again.
 */
export function proposalsIntegration(): AstroIntegration {
	let root = '';
	let read: string[] = [];
	return {
		name: 'margo:proposals',
		hooks: {
			'astro:config:setup': async ({ config, command, logger, injectRoute, updateConfig }) => {
				// Loaded here, not with the site's configuration: the Markdown parser is needed only to build.
				const { loadProposals } = await import('./load-proposals.ts');
				const { openProposalsByPage } = await import('./pages-named.ts');
				const { proposalItems } = await import('./proposal-items.ts');
				root = fileURLToPath(config.root);
				const loaded = loadProposals(root);
				updateConfig({
					vite: {
						plugins: [
							virtualModulesPlugin('margo:proposals', {
								// What other features show of the SUPs without reading the collection (empty without SUPs).
								[MODULE]: {
									code: () => {
										const now = loadProposals(root);
										const summary = {
											count: now.proposals.length,
											byPage: openProposalsByPage(root, now.proposals),
											items: proposalItems(now.proposals),
										};
										return `export default ${JSON.stringify(summary)};`;
									},
								},
							}),
						],
					},
				});
				if (!loaded.dir) return;
				// The folder as the watcher names its files (the label is relative to the project when inside it).
				read = [resolve(root, loaded.dir.label) + sep, join(root, 'content', 'decisions', 'github') + sep];
				injectRoutes(injectRoute, PROPOSAL_ROUTES);
				reportProblems({ command, logger }, 'Specification Update Proposals', loaded.problems);
				if (loaded.warnings.length) logger.warn(formatReport('Specification Update Proposals (warnings)', loaded.warnings));
			},
			'astro:server:setup': (setup) => {
				if (read.length) reloadOnChange(setup, root, { paths: read, loaders: [LOADERS.proposals] });
			},
		},
	};
}

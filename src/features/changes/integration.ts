import type { AstroIntegration } from 'astro';
import type { Problem } from '#shared/problems.ts';
import { reportProblems } from '#shared/node/report.ts';
import { injectRoutes } from '#shared/node/routes.ts';
import { virtualModulesPlugin } from '#shared/node/virtual-modules.ts';
import type { Comparison } from './compare.ts';
import { CHANGES_ROUTES } from './route-table.ts';
import { summarize, summaryLine } from './summary.ts';

/** What the pages and the preview notice read: the comparison, or `null` when none was asked for. */
export interface ChangesModule {
	comparison: Comparison | null;
	/** "4 requirements changed, 1 breaking API change", for the preview notice. */
	line: string | null;
}

/**
 * The comparison with `MARGO_COMPARE_WITH`: adds `/changes/`, `/changes.json` and a word diff per
 * changed page, and gives the comparison to them and to the preview notice as
 * `virtual:margo/changes`. Without a ref it adds no page and the module holds `null`.
 * `compare` runs once per process (`index.ts` memoizes it), however often Astro sets the config up.
 */
export function changesIntegration(
	compare: (() => Promise<{ comparison: Comparison; problems: Problem[] }>) | undefined,
): AstroIntegration {
	return {
		name: 'margo:changes',
		hooks: {
			'astro:config:setup': async ({ command, logger, updateConfig, injectRoute }) => {
				let module: ChangesModule = { comparison: null, line: null };
				if (compare) {
					// A bad ref throws here, with how to fix it: a comparison asked for and not made would mislead reviewers.
					const { comparison, problems } = await compare();
					reportProblems({ command, logger }, 'Comparison with MARGO_COMPARE_WITH', problems);
					for (const problem of comparison.unreadable) logger.warn(`not compared: ${problem.message}`);
					injectRoutes(injectRoute, CHANGES_ROUTES);
					module = { comparison, line: summaryLine(summarize(comparison)) };
				}
				const code = `export default ${JSON.stringify(module)};`;
				updateConfig({ vite: { plugins: [virtualModulesPlugin('margo:changes', { 'virtual:margo/changes': { code: () => code } })] } });
			},
		},
	};
}

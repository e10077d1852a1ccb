import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readBuildInfo } from '#shared/build-info.ts';
import { readLastCommitDates } from '#shared/git-dates.ts';
import { virtualModulesPlugin } from '#shared/virtual-modules.ts';

/**
 * Exposes facts about the checkout to pages: `virtual:margo/build-info` (repository, commit,
 * build time) and `virtual:margo/git-dates` (last commit date of each content file).
 */
export function buildInfoIntegration(): AstroIntegration {
	return {
		name: 'margo:build-info',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const root = fileURLToPath(config.root);
				updateConfig({
					vite: {
						plugins: [
							virtualModulesPlugin('margo:build-info', {
								'virtual:margo/build-info': { code: () => `export default ${JSON.stringify(readBuildInfo(root))};` },
								'virtual:margo/git-dates': { code: () => `export default ${JSON.stringify(readLastCommitDates(root, 'content'))};` },
							}),
						],
					},
				});
			},
		},
	};
}

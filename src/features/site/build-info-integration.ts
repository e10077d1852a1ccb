import type { AstroIntegration } from 'astro';
import { readBuildInfo } from '#shared/node/build-info.ts';
import { readLastCommitDates } from '#shared/node/git-dates.ts';
import { virtualModulesIntegration } from '#shared/node/virtual-modules.ts';

/**
 * Exposes facts about the checkout to pages: `virtual:margo/build-info` (repository, commit,
 * build time) and `virtual:margo/git-dates` (last commit date of each content file).
 */
export function buildInfoIntegration(): AstroIntegration {
	return virtualModulesIntegration('margo:build-info', (root) => ({
		'virtual:margo/build-info': { code: () => `export default ${JSON.stringify(readBuildInfo(root))};` },
		'virtual:margo/git-dates': { code: () => `export default ${JSON.stringify(readLastCommitDates(root, 'content'))};` },
	}));
}

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readBuildInfo } from '../lib/build-info.ts';
import { readLastCommitDates } from '../lib/git-dates.ts';

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
				const modules: Record<string, () => unknown> = {
					'virtual:margo/build-info': () => readBuildInfo(root),
					'virtual:margo/git-dates': () => readLastCommitDates(root, 'content'),
				};
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'margo:build-info',
								resolveId: (id: string) => (id in modules ? `\0${id}` : undefined),
								load: (id: string) => {
									const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
									return make ? `export default ${JSON.stringify(make())};` : undefined;
								},
							},
						],
					},
				});
			},
		},
	};
}

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readBuildInfo } from '../lib/build-info.ts';

const VIRTUAL_ID = 'virtual:margo/build-info';

/** Exposes the checkout's repository and commit to pages as `virtual:margo/build-info`. */
export function buildInfoIntegration(): AstroIntegration {
	return {
		name: 'margo:build-info',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const info = readBuildInfo(fileURLToPath(config.root));
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'margo:build-info',
								resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
								load: (id: string) =>
									id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(info)};` : undefined,
							},
						],
					},
				});
			},
		},
	};
}

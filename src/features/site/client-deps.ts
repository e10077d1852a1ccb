import type { AstroIntegration } from 'astro';
import { prebundlePlugin, type Prebundle } from '#shared/node/prebundle.ts';

/**
 * The packages the site's own browser code imports (the playground's and "Try it"'s signing and
 * X.509 code, the highlighter of HTTP exchanges, the device store), bundled once per installation
 * (`shared/node/prebundle.ts`): about 300 modules that the client build no longer bundles each time.
 * An import missing here is bundled with the site's code as before: only slower.
 *
 * `reflect-metadata` keeps its own file: `x509-certificates.ts` imports it before `@peculiar/x509`,
 * whose `tsyringe` checks for it as it loads.
 */
const CLIENT_DEPS: Prebundle = {
	name: 'client-deps',
	entries: [
		{ id: 'yaml', file: 'yaml' },
		{ id: 'reflect-metadata', file: 'reflect-metadata' },
		{ id: '@peculiar/x509', file: 'x509' },
		{ id: 'structured-headers', file: 'structured-headers' },
		{ id: 'idb-keyval', file: 'idb-keyval' },
		{ id: 'shiki/core', file: 'shiki-core' },
		{ id: 'shiki/engine/javascript', file: 'shiki-engine-javascript' },
		{ id: 'shiki/themes/github-light.mjs', file: 'shiki-github-light' },
		{ id: 'shiki/themes/github-dark.mjs', file: 'shiki-github-dark' },
		{ id: 'shiki/langs/json.mjs', file: 'shiki-json' },
		{ id: 'shiki/langs/yaml.mjs', file: 'shiki-yaml' },
		{ id: 'shiki/langs/shellscript.mjs', file: 'shiki-shellscript' },
	],
};

/** Adds the client-deps bundle to the site's client build. */
export function clientDepsIntegration(): AstroIntegration {
	return {
		name: 'margo:client-deps',
		hooks: {
			'astro:config:setup': ({ config, logger, updateConfig }) => {
				const onBundling = () => logger.info('Bundling the browser code’s packages once for this installation…');
				updateConfig({ vite: { plugins: [prebundlePlugin(config.build.assets, { ...CLIENT_DEPS, onBundling })] } });
			},
		},
	};
}

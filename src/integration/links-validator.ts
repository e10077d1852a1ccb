import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from './links-validator-package.mjs';

/**
 * starlight-links-validator, made to find our pages: it names each page by its path relative to
 * `<srcDir>/content/docs`, while our pages live in `<root>/content/docs`. Handing it the project
 * root as `srcDir` (used for nothing else by the plugin) makes those names match the routes.
 * A broken internal link or heading anchor then fails the build.
 *
 * `exclude` lists links to pages the plugin cannot see (generated routes such as the decision
 * trackers), which would otherwise count as invalid.
 */
export function linksValidatorPlugin({ exclude = [], isGenerated }: { exclude?: string[]; isGenerated?: (link: string) => boolean } = {}): StarlightPlugin {
	// Pages injected by integrations (the API reference) are unknown to the validator: the
	// integration that makes them says which links reach them.
	const plugin = starlightLinksValidator(
		isGenerated ? { exclude: ({ link }: { link: string }) => isGenerated(link) || exclude.some((pattern) => matchesPattern(link, pattern)) } : { exclude },
	);
	const setup = plugin.hooks['config:setup'];
	return {
		name: plugin.name,
		hooks: {
			'config:setup': (options) =>
				setup?.({
					...options,
					astroConfig: { ...options.astroConfig, srcDir: options.astroConfig.root },
				}),
		},
	};
}

/** The `exclude` patterns in use are exact paths, or a path followed by `#*` (any anchor). */
function matchesPattern(link: string, pattern: string): boolean {
	return pattern.endsWith('#*') ? link.startsWith(pattern.slice(0, -1)) : link === pattern;
}

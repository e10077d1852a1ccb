import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from './links-validator-package.mjs';

/**
 * Links to pages made by `src/pages/` rather than by content: the validator cannot see their
 * routes or anchors. The requirements index has one anchor per requirement ID.
 */
const CUSTOM_PAGE_LINKS = ['/requirements/', '/requirements/#REQ-*'];

/**
 * starlight-links-validator, made to find our pages: it names each page by its path relative to
 * `<srcDir>/content/docs`, while our pages live in `<root>/content/docs`. Handing it the project
 * root as `srcDir` (used for nothing else by the plugin) makes those names match the routes.
 * A broken internal link or heading anchor then fails the build.
 */
export function linksValidatorPlugin(): StarlightPlugin {
	const plugin = starlightLinksValidator({ exclude: CUSTOM_PAGE_LINKS });
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

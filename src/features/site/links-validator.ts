import type { StarlightPlugin } from '@astrojs/starlight/types';
import { loadLinksValidator } from './links-validator-bundle.ts';

/**
 * starlight-links-validator, made to find our pages: it names each page by its path relative to
 * `<srcDir>/content/docs`, while our pages live in `<root>/content/docs`. Handing it the project
 * root as `srcDir` (used for nothing else by the plugin) makes those names match the routes.
 * A broken internal link or heading anchor then fails the build.
 *
 * Pages that integrations generate (the API reference, the decision register, the requirements
 * index) are unknown to the plugin: each integration provides a test of which links reach its
 * pages, and those links are skipped; any other link is still checked.
 *
 * Under a base path (`/specification/`), links in pages carry it (the base-links Markdown plugin
 * adds it): a feature's test is asked about the path after the base, and a link without the base
 * is never skipped, so the validator reports it (`<a href="/reference/">` in raw HTML, say).
 *
 * The package is loaded when Starlight sets plugins up, as JavaScript bundled once per installation
 * (`links-validator-bundle.ts`), so that Node itself can load the site's configuration.
 */
export function linksValidatorPlugin(generated: readonly ((link: string) => boolean)[] = [], base = '/'): StarlightPlugin {
	const isGenerated = (link: string) => link.startsWith(base) && generated.some((test) => test(`/${link.slice(base.length)}`));
	return {
		name: 'starlight-links-validator',
		hooks: {
			'config:setup': async (options) => {
				const starlightLinksValidator = await loadLinksValidator();
				const plugin = starlightLinksValidator({ exclude: ({ link }: { link: string }) => isGenerated(link) });
				await plugin.hooks['config:setup']?.({
					...options,
					astroConfig: { ...options.astroConfig, srcDir: options.astroConfig.root },
				});
			},
		},
	};
}

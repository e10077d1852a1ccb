import type { StarlightPlugin } from '@astrojs/starlight/types';
import { loadLinksValidator } from './links-validator-bundle.ts';

/**
 * starlight-links-validator, told where our pages are. Version 0.26 names each page by its path
 * relative to `<srcDir>/content/docs` and reports it relative to `<srcDir>`, with no option for
 * another place (HiDeoo/starlight-links-validator#160, closed as not supported; 0.26.0 is the last
 * release). Our pages are in `<root>/content/docs`, so the plugin alone is handed the project root
 * as `srcDir`; it uses `srcDir` for nothing else, and Astro and Starlight keep the real one.
 *
 * Making it true for Astro too (`srcDir: './'`) was weighed and refused: Astro's dev server then
 * counts every file of the project as a source file, so its guard no longer refuses a page request
 * for `/package.json` or `/.env`; Vite's dependency scan reads every `.html`, `.astro` and `.mdx` file
 * under `<srcDir>`, the whole project then, fixtures and their built sites included; and every site and test site would
 * move its `content.config.ts`. `tests/build/links.test.ts` fails if the plugin names pages
 * otherwise (a good link reported, or the report not naming `overview/links.md`).
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
					// Read by the plugin only to name pages and report them (see above).
					astroConfig: { ...options.astroConfig, srcDir: options.astroConfig.root },
				});
			},
		},
	};
}

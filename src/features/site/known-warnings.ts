import type { AstroIntegration } from 'astro';

/** What the bundler tells of a warning, as far as this filter reads it. */
interface BundlerWarning {
	code?: string | undefined;
	message: string;
}

function onwarn(warning: BundlerWarning, warn: (warning: BundlerWarning) => void): void {
	if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
	warn(warning);
}

/**
 * Silences the one build warning that is Astro's own and not the site's: every `.mdx` page (the
 * home page, for Starlight's cards) makes the bundler warn that the directive Astro itself puts in
 * it, `"use astro:head-inject"`, "may not be preserved" (withastro/astro#18087, open; Starlight's
 * starter template prints it too). Any other warning is still printed, so a build stays quiet
 * only while nothing else is wrong.
 */
export function knownWarningsIntegration(): AstroIntegration {
	return {
		name: 'margo:known-warnings',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						build: {
							rolldownOptions: { onwarn },
						},
					},
				});
			},
		},
	};
}

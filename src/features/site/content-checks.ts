import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { readDocPages } from '#shared/node/docs-pages.ts';
import { fileURLToPath } from 'node:url';
import { checkFrontMatter } from './check-front-matter.ts';
import type { Problem } from '#shared/problems.ts';
import { reportProblems } from '#shared/node/report.ts';

/**
 * Checks every specification page's front matter before the build starts and stops the build
 * with one report of all problems. In `astro dev` the report is logged instead, so the preview
 * keeps running while a contributor fixes the page.
 */
export function contentChecksIntegration(): AstroIntegration {
	return {
		name: 'margo:content-checks',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				reportProblems({ command, logger }, 'Specification pages', checkDocs(fileURLToPath(config.root)));
			},
		},
	};
}

/** Front matter problems of every page under `content/docs/`. */
function checkDocs(root: string): Problem[] {
	// Images are checked by Astro itself; here any string stands for one.
	const schema = docsSchema()({ image: () => z.string() } as never);
	return readDocPages(root).flatMap((page) => checkFrontMatter(page.file, page.source, schema as z.ZodType));
}

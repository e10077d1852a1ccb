import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { readFileSync, globSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFrontMatter } from './check-front-matter.ts';
import type { Problem } from '#shared/problems.ts';
import { reportProblems } from '#shared/report.ts';

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
export function checkDocs(root: string): Problem[] {
	// Images are checked by Astro itself; here any string stands for one.
	const schema = docsSchema()({ image: () => z.string() } as never);
	const files = globSync('content/docs/**/*.{md,mdx}', { cwd: root }).filter((f) => !/(^|\/)_/.test(f));
	return files.sort().flatMap((file) => {
		const path = relative(root, join(root, file));
		return checkFrontMatter(path, readFileSync(join(root, file), 'utf8'), schema as z.ZodType);
	});
}

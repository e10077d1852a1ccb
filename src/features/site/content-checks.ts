import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { readDocPages } from '#shared/node/docs-pages.ts';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFrontMatter } from './check-front-matter.ts';
import type { Problem } from '#shared/problems.ts';
import { reportProblems } from '#shared/node/report.ts';
import { LOADERS } from '#shared/node/collection-loaders.ts';
import { reloadOnChange } from '#shared/node/dev-reload.ts';
import { showProblemsInDev } from '#shared/node/dev-problems.ts';

const TITLE = 'Specification pages';

/**
 * Checks every specification page's front matter before the build starts and stops the build
 * with one report of all problems. In `astro dev` the report is logged instead, so the preview
 * keeps running while a contributor fixes the page; a page that changes is loaded again and
 * checked again, its problems shown in the browser until they are fixed.
 */
export function contentChecksIntegration(): AstroIntegration {
	let root = '';
	let initial: Problem[] = [];
	return {
		name: 'margo:content-checks',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				initial = checkDocs(root);
				reportProblems({ command, logger }, TITLE, initial);
			},
			'astro:server:setup': (setup) => {
				const docs = join(root, 'content', 'docs') + sep;
				reloadOnChange(setup, root, { paths: [docs], loaders: [LOADERS.docs] });
				showProblemsInDev(setup.server, setup.logger, root, {
					title: TITLE,
					covers: (file) => file.startsWith(docs) && /\.mdx?$/.test(file),
					check: () => checkDocs(root),
					initial,
				});
			},
		},
	};
}

/** The docs collection's schema as the front matter check applies it: images are checked by Astro itself; here any string stands for one. */
function pageSchema(): z.ZodType {
	return docsSchema()({ image: () => z.string() } as never) as z.ZodType;
}

/** Front matter problems of one page (`file` relative to the project root). */
export function pageProblems(file: string, text: string): Problem[] {
	return checkFrontMatter(file, text, pageSchema());
}

/** Front matter problems of every page under `content/docs/`. */
function checkDocs(root: string): Problem[] {
	const schema = pageSchema();
	return readDocPages(root).flatMap((page) => checkFrontMatter(page.file, page.source, schema));
}

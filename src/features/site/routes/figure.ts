import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from 'virtual:margo/figures';
import { listFigures } from '../svg-figures.ts';
import { sanitizeSvg } from '#shared/sanitize-svg.ts';

/**
 * Each SVG figure under `content/` at `/_figures/<its path under content/>`, sanitized (figures come
 * from imported projects and proposals too: `#shared/sanitize-svg.ts`): the
 * Markdown pipeline links figures here instead of passing them through Astro's image pipeline
 * (`svg-figures.ts`). Only the files listed are served (`astro dev` asks for any path).
 */
export const getStaticPaths = (() => listFigures(contentDir).map((figure) => ({ params: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const figure = params['figure'] ?? '';
	if (!listFigures(contentDir).includes(figure)) return new Response(null, { status: 404 });
	return new Response(await sanitizeSvg(readFileSync(join(realpathSync(contentDir), figure), 'utf8')), {
		headers: { 'content-type': 'image/svg+xml' },
	});
};

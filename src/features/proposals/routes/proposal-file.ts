import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { getCollection } from 'astro:content';
import type { ProposalEntryData } from '../loader.ts';
import { sanitizeSvg } from '#shared/sanitize-svg.ts';

const TYPES: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.pdf': 'application/pdf',
};

/** Only the files SUPs show or link are published, each read again inside the folder. */
export const getStaticPaths = (async () => {
	const entries = await getCollection('proposals');
	const files = new Map(entries.flatMap((e) => (e.data as ProposalEntryData).files.map((f) => [f.path, f.real] as const)));
	return [...files].map(([path, real]) => ({ params: { path }, props: { real } }));
}) satisfies GetStaticPaths;

/**
 * `/proposals/files/<path>`: a figure of the SUP folder, at the real path the loader checked to be
 * inside it. SVGs are sanitized (`#shared/sanitize-svg.ts`): a reader may open one at its own
 * address, where a script in it would run on the site's origin.
 *
 * Kept apart from the site's `/_figures/` (which serves every SVG under `content/`): the SUP folder
 * is usually outside `content/` (`MARGO_PROPOSALS_DIR` names a checkout of another repository),
 * SUPs show PNG, JPEG and PDF files too, and only the files a SUP references are published. One
 * route for both would need both roots and both rules; the sanitizing they share is one module.
 */
export const GET: APIRoute = async ({ props }) => {
	const real = String(props['real']);
	const type = TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
	const body = type === 'image/svg+xml' ? await sanitizeSvg(readFileSync(real, 'utf8')) : readFileSync(real);
	return new Response(body, { headers: { 'Content-Type': type } });
};

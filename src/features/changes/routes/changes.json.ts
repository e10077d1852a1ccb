import type { APIRoute } from 'astro';
import changes from 'virtual:margo/changes';
import info from 'virtual:margo/build-info';
import { siteBase } from '#shared/base.ts';
import { toChangesExport } from '../export.ts';

/** `/changes.json`: what this build changes compared with `MARGO_COMPARE_WITH`; shape in `public/schemas/changes.schema.json`. */
export const GET: APIRoute = ({ site, url }) => {
	if (!changes.comparison) return new Response(null, { status: 404 });
	const siteUrl = new URL(siteBase(), site ?? url.origin).href;
	return new Response(`${JSON.stringify(toChangesExport(changes.comparison, siteUrl, info), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};

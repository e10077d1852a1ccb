import type { APIRoute } from 'astro';
import catalog from 'virtual:margo/requirements';
import info from 'virtual:margo/build-info';
import { toExport } from '../export.ts';
import { siteBase } from '#shared/base.ts';
import { mockCheckability } from '#features/mock/index.ts';

/** `/requirements.json`: the requirements index for conformance tooling; shape in `public/schemas/requirements.schema.json`. */
export const GET: APIRoute = ({ site, url }) => {
	const siteUrl = new URL(siteBase(), site ?? url.origin).href;
	return new Response(`${JSON.stringify(toExport(catalog, siteUrl, info, mockCheckability), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};

import type { APIRoute } from 'astro';
import catalog from 'virtual:margo/requirements';
import info from 'virtual:margo/build-info';
import { toExport } from '../export.ts';

/** `/requirements.json`: the requirements index for conformance tooling; shape in `public/schemas/requirements.schema.json`. */
export const GET: APIRoute = ({ site, url }) => {
	const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
	const siteBase = new URL(base, site ?? url.origin).href;
	return new Response(`${JSON.stringify(toExport(catalog, siteBase, info), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};

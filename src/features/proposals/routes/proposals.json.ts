import type { APIRoute } from 'astro';
import { siteBase } from '#shared/base.ts';
import { toProposalsExport } from '../export.ts';
import { loadProposalRegister } from '../components/load-register.ts';

/** `/proposals.json`: every SUP; shape in `public/schemas/proposals.schema.json`. */
export const GET: APIRoute = async ({ site, url }) => {
	const { proposals } = await loadProposalRegister();
	const base = new URL(siteBase(), site ?? url.origin).href;
	return new Response(`${JSON.stringify(toProposalsExport(proposals, base), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};

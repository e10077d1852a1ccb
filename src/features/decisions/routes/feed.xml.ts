import type { APIRoute } from 'astro';
import proposalsSummary from 'virtual:margo/proposals-summary';
import { atomFeed } from '../exports/feed.ts';
import { loadRegister, siteBase } from '../components/load-register.ts';

/** `/decisions/feed.xml`: an Atom entry for every status change of a tracker and each SUP entering P2. */
export const GET: APIRoute = async ({ site }) => {
	const { register, builtAt } = await loadRegister();
	return new Response(atomFeed(register, { siteBase: siteBase(site), now: builtAt, proposals: proposalsSummary.items }), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
};

import type { APIRoute } from 'astro';
import { atomFeed } from '../exports/feed.ts';
import { loadRegister, siteBase } from '../components/load-register.ts';

/** `/decisions/feed.xml`: an Atom entry for every status change of a tracker. */
export const GET: APIRoute = async ({ site }) => {
	const { register, builtAt } = await loadRegister();
	return new Response(atomFeed(register, { siteBase: siteBase(site), now: builtAt }), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
};

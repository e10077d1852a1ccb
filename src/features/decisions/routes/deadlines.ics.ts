import type { APIRoute } from 'astro';
import proposalsSummary from 'virtual:margo/proposals-summary';
import { deadlineCalendar } from '../exports/calendar.ts';
import { loadRegister, siteBase } from '../components/load-register.ts';

/** `/decisions/deadlines.ics`: review deadlines and SUPs' P2 feedback windows as a calendar to subscribe to. */
export const GET: APIRoute = async ({ site }) => {
	const { register, builtAt } = await loadRegister();
	return new Response(deadlineCalendar(register, { siteBase: siteBase(site), now: builtAt, proposals: proposalsSummary.items }), {
		headers: { 'content-type': 'text/calendar; charset=utf-8' },
	});
};

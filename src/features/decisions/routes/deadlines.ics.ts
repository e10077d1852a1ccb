import type { APIRoute } from 'astro';
import { deadlineCalendar } from '../exports/calendar.ts';
import { loadRegister, siteBase } from '../components/load-register.ts';

/** `/decisions/deadlines.ics`: review deadlines as a calendar to subscribe to. */
export const GET: APIRoute = async ({ site }) => {
	const { register, builtAt } = await loadRegister();
	return new Response(deadlineCalendar(register, { siteBase: siteBase(site), now: builtAt }), {
		headers: { 'content-type': 'text/calendar; charset=utf-8' },
	});
};

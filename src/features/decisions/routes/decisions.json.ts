import type { APIRoute } from 'astro';
import proposalsSummary from 'virtual:margo/proposals-summary';
import info from 'virtual:margo/build-info';
import { exportDecisions } from '../exports/json-export.ts';
import { loadRegister, siteBase } from '../components/load-register.ts';

/** `/decisions.json`: the register as data; the shape is `DecisionsExport` (`exports/json-export.ts`). */
export const GET: APIRoute = async ({ site }) => {
	const { register, organizations, builtAt } = await loadRegister();
	const data = exportDecisions(register, {
		siteBase: siteBase(site),
		repository: info.repository,
		now: builtAt,
		organizations,
		proposals: proposalsSummary.items,
	});
	return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};

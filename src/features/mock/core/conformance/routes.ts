import { logged, type HandlerOptions } from '../handlers.ts';
import type { MockRoute } from '../routes.ts';
import type { ConformanceLog } from './conformance-log.ts';
import { toJUnit } from './junit.ts';
import { buildReport, toJson, type CatalogueEntry } from './report.ts';

export interface ConformanceRouteOptions extends Pick<HandlerOptions, 'origin' | 'now' | 'onExchange'> {
	controlPath: string;
	conformance: ConformanceLog;
	/** The requirements of the specification, read once when first asked. */
	catalogue: () => Promise<readonly CatalogueEntry[]>;
}

/**
 * `GET <base>api/mock/conformance` (JSON; `?format=junit` for JUnit XML; `?client=<clientId>` for
 * one device) and `POST <base>api/mock/conformance/reset`, beside the orchestrator controls.
 */
export function createConformanceRoutes(options: ConformanceRouteOptions): MockRoute[] {
	const base = `${options.origin}${options.controlPath}/conformance`;
	let catalogue: Promise<readonly CatalogueEntry[]> | undefined;
	const read = () => {
		catalogue ??= options.catalogue();
		// A catalogue that failed to load is tried again next time.
		catalogue.catch(() => (catalogue = undefined));
		return catalogue;
	};
	return [
		{
			method: 'GET',
			path: base,
			answer: (incoming) =>
				logged(options, incoming, async () => {
					const query = new URL(incoming.request.url).searchParams;
					const client = query.get('client') ?? undefined;
					const report = buildReport(await options.conformance.read(), await read(), client);
					// The report repeats what devices sent (paths, headers, problems echoing them): never sniffed as a page.
					const headers = { 'x-content-type-options': 'nosniff' };
					if (query.get('format') === 'junit') {
						return new Response(toJUnit(report), { headers: { ...headers, 'content-type': 'application/xml; charset=utf-8' } });
					}
					return new Response(toJson(report), { headers: { ...headers, 'content-type': 'application/json' } });
				}),
		},
		{
			method: 'POST',
			path: `${base}/reset`,
			answer: (incoming) =>
				logged(options, incoming, async () => {
					await options.conformance.reset();
					return new Response(null, { status: 204 });
				}),
		},
	];
}

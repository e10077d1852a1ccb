import type { CatalogueEntry } from '../core/conformance/report.ts';

/** What the worker reads of `/requirements.json` (`requirements/export.ts` defines it). */
interface ExportedRequirements {
	requirements: { id: string; keyword: string; binds: string[]; text: string; page: { title: string; url: string } }[];
}

/**
 * The requirements for the worker's conformance report: the site's own `<base>requirements.json`,
 * fetched when the report is first asked for, with each page's address made a path below the base.
 */
export async function fetchCatalogue(fetch: (url: string) => Promise<Response>, origin: string, base: string): Promise<CatalogueEntry[]> {
	const url = `${origin}${base}requirements.json`;
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	const { requirements } = (await response.json()) as ExportedRequirements;
	return requirements.map((requirement) => ({
		id: requirement.id,
		keyword: requirement.keyword,
		binds: requirement.binds,
		statement: requirement.text,
		page: { title: requirement.page.title, path: new URL(requirement.page.url).pathname.slice(base.length) },
	}));
}

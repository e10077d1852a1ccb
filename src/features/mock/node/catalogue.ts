import type { CatalogueEntry } from '../core/conformance/report.ts';

/**
 * The requirements of the project's specification pages for the Node mock's conformance report,
 * read as the build reads them (the requirements feature's catalogue), when first asked.
 */
export async function nodeCatalogue(root: string): Promise<CatalogueEntry[]> {
	const { loadCatalog } = await import('#features/requirements/index.ts');
	return loadCatalog(root).requirements.map((requirement) => ({
		id: requirement.id,
		keyword: requirement.keyword,
		binds: requirement.binds,
		statement: requirement.text,
		page: { title: requirement.page.title, path: `${requirement.page.slug}/` },
	}));
}

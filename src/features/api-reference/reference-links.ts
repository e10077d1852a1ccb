import { listApiDocuments, loadApiDocument, type ApiDocument } from '#shared/node/openapi/documents.ts';
import { isObject } from '#shared/openapi/json.ts';
import { operationAnchor } from './render/operation-html.ts';
import { routePaths } from '#shared/node/routes.ts';
import { API_REFERENCE_ROUTES } from './route-table.ts';
import { planReference, schemaAnchor, tagAnchor } from './render/reference-pages.ts';

/** The documents of `openapi/` that load; the API checks report why any other does not. */
export function loadableDocuments(root: string): ApiDocument[] {
	return listApiDocuments(root).flatMap((file) => {
		try {
			return [loadApiDocument(root, file)];
		} catch {
			return [];
		}
	});
}

/**
 * Sidebar links of the Reference group: the reader's entry to the API reference (the list of the
 * APIs), then one link per document of `openapi/`, labelled with its title. How to add a document
 * is a guide for authors, among the contributing pages (`/contributing/api-documents/`).
 */
export function referenceLinks(root: string): { label: string; link: string }[] {
	return [
		{ label: 'API reference', link: '/reference/' },
		...loadableDocuments(root).map(({ id, document }) => {
			const info = isObject(document['info']) ? document['info'] : {};
			return { label: typeof info['title'] === 'string' ? info['title'] : id, link: `/reference/${id}/` };
		}),
	];
}

/**
 * Whether a link authored in a page points at a generated reference page or download that
 * exists, anchor included (`/reference/margo-management-api/#op-onboardDevice`; the links
 * validator asks with the path after the site's base). The links validator only knows content
 * pages; it skips these links and still reports any other.
 */
export function generatedLinkChecker(root: string): (link: string) => boolean {
	const apis = loadableDocuments(root).map((api) => ({ api, plan: planReference(api) }));
	const valid = new Set(
		routePaths(API_REFERENCE_ROUTES, {
			'...path': apis.flatMap(({ plan }) => plan.pages.map((page) => page.path)),
			file: apis.flatMap(({ api }) => [`${api.id}.yaml`, `${api.id}.json`, `${api.id}.3.1.json`]),
		}),
	);
	for (const { plan } of apis) {
		for (const page of plan.pages) {
			const path = `/reference/${page.path}/`;
			const anchors = [
				...(page.overview ? ['operations'] : []),
				...(page.schemas.length ? ['schemas'] : []),
				...page.groups.flatMap((g) => [tagAnchor(g.name), ...g.operations.map(operationAnchor)]),
				...page.schemas.map(schemaAnchor),
			];
			for (const anchor of anchors) valid.add(`${path}#${anchor}`);
		}
	}
	return (link) => valid.has(link.split('?')[0] ?? link);
}

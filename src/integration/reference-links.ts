import { listApiDocuments, loadApiDocument, type ApiDocument } from '../lib/openapi-documents.ts';
import { isObject } from '../lib/openapi-json.ts';
import { operationAnchor } from '../lib/operation-html.ts';
import { planReference, schemaAnchor, tagAnchor } from '../lib/reference-pages.ts';

/** The documents of `openapi/` that load; the API checks report why any other does not. */
function loadable(root: string): ApiDocument[] {
	return listApiDocuments(root).flatMap((file) => {
		try {
			return [loadApiDocument(root, file)];
		} catch {
			return [];
		}
	});
}

/**
 * Sidebar links of the Reference group: the list of API documents, then one link per document
 * of `openapi/`, labelled with its title.
 */
export function referenceLinks(root: string): { label: string; link: string }[] {
	return [
		{ label: 'API documents', link: '/reference/' },
		...loadable(root).map(({ id, document }) => {
			const info = isObject(document['info']) ? document['info'] : {};
			return { label: typeof info['title'] === 'string' ? info['title'] : id, link: `/reference/${id}/` };
		}),
	];
}

/**
 * Whether a link authored in a page points at a generated reference page or download that
 * exists, anchor included (`/reference/margo-management-api/#op-onboardDevice`). The links
 * validator only knows content pages; it skips these links and still reports any other.
 */
export function generatedLinkChecker(root: string): (link: string) => boolean {
	const valid = new Set<string>(['/reference/']);
	for (const api of loadable(root)) {
		valid.add(`/openapi/${api.id}.yaml`).add(`/openapi/${api.id}.json`);
		const plan = planReference(api);
		for (const page of plan.pages) {
			const path = `/reference/${page.path}/`;
			valid.add(path);
			const anchors = [
				...(page.overview ? ['operations'] : []),
				...(page.schemas.length ? ['schemas'] : []),
				...page.groups.flatMap((g) => [tagAnchor(g.name), ...g.operations.map(operationAnchor)]),
				...page.schemas.map(schemaAnchor),
			];
			for (const anchor of anchors) valid.add(`${path}#${anchor}`);
		}
	}
	const base = (process.env['MARGO_BASE'] ?? '/').replace(/\/?$/, '/');
	return (link) => {
		const path = link.split('?')[0] ?? link;
		return valid.has(path) || (base !== '/' && path.startsWith(base) && valid.has(`/${path.slice(base.length)}`));
	};
}

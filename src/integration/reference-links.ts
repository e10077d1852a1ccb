import { listApiDocuments, loadApiDocument } from '../lib/openapi-documents.ts';
import { isObject } from '../lib/openapi-json.ts';

/**
 * Sidebar links of the Reference group: the list of API documents, then one link per document
 * of `openapi/`, labelled with its title. A document that does not load is left out here; the
 * API checks report why.
 */
export function referenceLinks(root: string): { label: string; link: string }[] {
	const links = [{ label: 'API documents', link: '/reference/' }];
	for (const file of listApiDocuments(root)) {
		try {
			const { id, document } = loadApiDocument(root, file);
			const info = isObject(document['info']) ? document['info'] : {};
			links.push({ label: typeof info['title'] === 'string' ? info['title'] : id, link: `/reference/${id}/` });
		} catch {
			continue;
		}
	}
	return links;
}

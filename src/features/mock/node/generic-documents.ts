import { basename, extname } from 'node:path';
import { listApiDocuments, loadApiDocument } from '#shared/node/openapi/documents.ts';
import { MANAGEMENT_API_ID } from '#shared/openapi/mock-path.ts';
import type { GenericMockOptions } from '../generic/generic-mock.ts';

/**
 * The documents `npm run mock` answers generically: every document of `openapi/` but the
 * management API (which has its own mock), each read from its file in its OpenAPI 3.1 form on
 * its first request.
 */
export function genericDocuments(root: string): Pick<GenericMockOptions, 'ids' | 'load'> {
	const files = new Map(listApiDocuments(root).map((file) => [basename(file, extname(file)), file]));
	files.delete(MANAGEMENT_API_ID);
	return {
		ids: [...files.keys()],
		// A copy: the mock prepares the document for its validator in place.
		load: (id) => structuredClone(loadApiDocument(root, files.get(id)!).document),
	};
}

import { apiCompare, type Diff } from 'api-smart-diff';
import { listOperations } from '#shared/openapi/operations.ts';
import type { JsonObject } from '#shared/openapi/json.ts';

/**
 * What changed in the API documents, each change classified for clients by `api-smart-diff` (a
 * maintained comparer of OpenAPI documents, which resolves `$ref`s and knows which changes break a
 * client): the comparison here only groups its findings by document and operation.
 */

type ApiChangeKind = 'added' | 'removed' | 'deprecated' | 'changed';

export interface ApiChange {
	/** The document's id: its file name without extension. */
	document: string;
	/** `GET /clients/{clientId}/deployments`, or `null` for a change outside the operations (a schema, the servers). */
	operation: string | null;
	/** The operation's anchor key on its reference page, when it exists in the new version. */
	operationKey: string | null;
	change: ApiChangeKind;
	breaking: boolean;
	/** The library's class: breaking, non-breaking, deprecated, annotation or unclassified. */
	type: Diff['type'];
	/** JSON pointer of the changed value, in the new version (in the old one for a removal). */
	pointer: string;
	/** What changed, in the library's words. */
	description: string;
}

/** One document on either side: its 3.1 form, or absent. */
export interface DocumentPair {
	id: string;
	before?: JsonObject;
	after?: JsonObject;
}

const EMPTY: JsonObject = { openapi: '3.1.0', info: { title: '', version: '' }, paths: {} };
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The changes of every document, annotations (descriptions) and examples left out. */
export function compareApi(pairs: readonly DocumentPair[]): ApiChange[] {
	return pairs.flatMap(({ id, before, after }) => {
		// Most builds change no API document; comparing equal documents still walks them whole.
		if (before && after && JSON.stringify(before) === JSON.stringify(after)) return [];
		const keys = new Map(listOperations(after ?? EMPTY).map((op) => [`${op.method.toUpperCase()} ${op.path}`, op.key]));
		// A whole document added or removed is compared with an empty one: each operation is then added or removed.
		const { diffs } = apiCompare(
			before ?? { ...EMPTY, openapi: (after?.['openapi'] as string) ?? '3.1.0' },
			after ?? { ...EMPTY, openapi: (before?.['openapi'] as string) ?? '3.1.0' },
		);
		// Examples illustrate the contract without being part of it; the library leaves some of their changes unclassified.
		const relevant = diffs.filter(
			(diff) => diff.type !== 'annotation' && !diff.path.some((key) => key === 'example' || key === 'examples'),
		);
		return relevant.map((diff): ApiChange => {
			const path = diff.path.map(String);
			const [root, route, method] = path;
			const isOperation = root === 'paths' && route !== undefined && method !== undefined && METHODS.has(method);
			const operation = isOperation ? `${method.toUpperCase()} ${route}` : null;
			return {
				document: id,
				operation,
				operationKey: operation ? (keys.get(operation) ?? null) : null,
				change: kindOf(diff, isOperation && path.length === 3),
				breaking: diff.type === 'breaking',
				type: diff.type,
				pointer: `/${path.map((token) => token.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`,
				description: diff.description ?? `${diff.action} ${path.join('.')}`,
			};
		});
	});
}

function kindOf(diff: Diff, wholeOperation: boolean): ApiChangeKind {
	if (diff.type === 'deprecated') return 'deprecated';
	if (wholeOperation && diff.action === 'add') return 'added';
	if (wholeOperation && diff.action === 'remove') return 'removed';
	return 'changed';
}

import type { ApiDocument } from './openapi-documents.ts';
import type { JsonObject } from './openapi-json.ts';
import { isObject } from './openapi-json.ts';
import { groupByTag, listOperations, slug, type Operation, type TagGroup } from './openapi-operations.ts';

/**
 * How a document's reference is split into pages. A document of up to `SPLIT_ABOVE` operations
 * is one page: introduction, operations, schemas. A larger one gets an overview page with the
 * operation index, one page per tag and one page of schemas, so no page grows beyond what a
 * browser renders in a moment (GitHub's "repos" tag alone has hundreds of operations).
 */
export const SPLIT_ABOVE = 60;

export interface ReferencePage {
	/** Path under `/reference/`, e.g. `margo-management-api` or `github/repos`. */
	path: string;
	title: string;
	/** Operations rendered on this page, grouped by tag. */
	groups: TagGroup[];
	/** Names of the component schemas rendered on this page. */
	schemas: string[];
	/** Whether the page shows the document's introduction and the index of all operations. */
	overview: boolean;
}

export interface ReferencePlan {
	document: ApiDocument;
	title: string;
	operations: Operation[];
	groups: TagGroup[];
	pages: ReferencePage[];
	/** Page path and anchor of an operation, relative to `/reference/`. */
	operationHref(op: Operation): string;
	/** Page path and anchor of a named schema, relative to `/reference/`. */
	schemaHref(name: string): string | undefined;
}

/** Anchor of a named schema's section. */
export const schemaAnchor = (name: string) => `schema-${slug(name)}`;

export function planReference(document: ApiDocument): ReferencePlan {
	const info = isObject(document.document['info']) ? document.document['info'] : {};
	const title = typeof info['title'] === 'string' ? info['title'] : document.id;
	const operations = listOperations(document.document);
	const groups = groupByTag(document.document, operations);
	const schemaNames = Object.keys(schemasOf(document.document));
	const base = document.id;
	const split = operations.length > SPLIT_ABOVE;

	const pages: ReferencePage[] = split
		? [
				{ path: base, title, groups: [], schemas: [], overview: true },
				...groups.map((group) => ({ path: `${base}/${slug(group.name) || 'other'}`, title: `${group.name} · ${title}`, groups: [group], schemas: [], overview: false })),
				{ path: `${base}/schemas`, title: `Schemas · ${title}`, groups: [], schemas: schemaNames, overview: false },
			]
		: [{ path: base, title, groups, schemas: schemaNames, overview: true }];

	const pageOf = new Map<Operation, string>();
	for (const page of pages) for (const group of page.groups) for (const op of group.operations) pageOf.set(op, page.path);
	const schemaPage = pages.find((page) => page.schemas.length)?.path;
	return {
		document,
		title,
		operations,
		groups,
		pages,
		operationHref: (op) => `${pageOf.get(op) ?? base}/#op-${op.key}`,
		schemaHref: (name) => (schemaPage && schemaNames.includes(name) ? `${schemaPage}/#${schemaAnchor(name)}` : undefined),
	};
}

export function schemasOf(document: JsonObject): JsonObject {
	const components = isObject(document['components']) ? document['components'] : {};
	return isObject(components['schemas']) ? components['schemas'] : {};
}

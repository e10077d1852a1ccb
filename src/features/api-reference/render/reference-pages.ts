import type { ApiDocument } from '#shared/node/openapi/documents.ts';
import { isObject, type JsonObject } from '#shared/openapi/json.ts';
import { groupByTag, listOperations, slug, type Operation, type TagGroup } from '#shared/openapi/operations.ts';
import { estimatePageBytes } from './page-size.ts';

/**
 * How a document's reference is split into pages. A document of up to `SPLIT_ABOVE` operations
 * (and of up to 1 MB of HTML) is one page: introduction, operations, schemas. A larger one gets an overview page with the
 * operation index, pages per tag and pages of schemas, each with at most so many entries, so no
 * page grows beyond what a browser renders in a moment (GitHub's "repos" tag alone has hundreds
 * of operations and the document nearly a thousand schemas).
 */
export const SPLIT_ABOVE = 60;
/** A document with fewer operations is split too when its one page would be larger than this (`page-size.ts`). */
export const SPLIT_ABOVE_BYTES = 1024 * 1024;
/**
 * Most operations and schemas on one page of a split document; larger tags continue on `<tag>-2`, …
 * With nested bodies and examples closed, 50 of GitHub's operations make about 450 KB of HTML.
 */
export const OPERATIONS_PER_PAGE = 50;
export const SCHEMAS_PER_PAGE = 100;

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
/** Anchor of a tag's heading. */
export const tagAnchor = (name: string) => `tag-${slug(name)}`;

export function planReference(document: ApiDocument): ReferencePlan {
	const info = isObject(document.document['info']) ? document.document['info'] : {};
	const title = typeof info['title'] === 'string' ? info['title'] : document.id;
	const operations = listOperations(document.document);
	const groups = groupByTag(document.document, operations);
	const schemaNames = Object.keys(schemasOf(document.document));
	const base = document.id;
	const split = operations.length > SPLIT_ABOVE || estimatePageBytes(document.document, operations) > SPLIT_ABOVE_BYTES;

	const pages: ReferencePage[] = split
		? [
				{ path: base, title, groups: [], schemas: [], overview: true },
				...groups.flatMap((group) =>
					chunks(group.operations, OPERATIONS_PER_PAGE).map((operations, index, all) => ({
						path: `${base}/${slug(group.name) || 'other'}${index ? `-${index + 1}` : ''}`,
						title: `${group.name}${all.length > 1 ? ` (${index + 1} of ${all.length})` : ''} · ${title}`,
						groups: [{ ...group, operations }],
						schemas: [],
						overview: false,
					})),
				),
				...chunks(schemaNames, SCHEMAS_PER_PAGE).map((schemas, index, all) => ({
					path: `${base}/schemas${index ? `-${index + 1}` : ''}`,
					title: `Schemas${all.length > 1 ? ` (${index + 1} of ${all.length})` : ''} · ${title}`,
					groups: [],
					schemas,
					overview: false,
				})),
			]
		: [{ path: base, title, groups, schemas: schemaNames, overview: true }];

	const pageOf = new Map<Operation, string>();
	const schemaPage = new Map<string, string>();
	for (const page of pages) {
		for (const group of page.groups) for (const op of group.operations) pageOf.set(op, page.path);
		for (const name of page.schemas) schemaPage.set(name, page.path);
	}
	return {
		document,
		title,
		operations,
		groups,
		pages,
		operationHref: (op) => `${pageOf.get(op) ?? base}/#op-${op.key}`,
		schemaHref: (name) => (schemaPage.has(name) ? `${schemaPage.get(name)}/#${schemaAnchor(name)}` : undefined),
	};
}

function chunks<T>(items: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

export function schemasOf(document: JsonObject): JsonObject {
	const components = isObject(document['components']) ? document['components'] : {};
	return isObject(components['schemas']) ? components['schemas'] : {};
}

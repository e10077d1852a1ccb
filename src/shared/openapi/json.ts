/**
 * Plain JSON helpers for OpenAPI documents that run anywhere (Node, the browser, a service
 * worker): JSON pointers and dereferencing. Loading files is `openapi-documents.ts`'s job.
 */

/** A JSON value as parsed from YAML or JSON. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/**
 * A copy of `value` with every internal `#/…` reference of `document` replaced by what it points
 * to, so consumers (Ajv, a sampler, a renderer) need no resolver. Sibling keys of a reference
 * (`description`, `summary`) override the target's. A reference back into itself (a recursive
 * schema) stays a `$ref`, which keeps the result plain, serialisable JSON.
 */
export function dereference(document: JsonObject, value: Json = document, seen: readonly string[] = []): Json {
	if (Array.isArray(value)) return value.map((item) => dereference(document, item, seen));
	if (!isObject(value)) return value;
	const ref = value['$ref'];
	if (typeof ref === 'string' && ref.startsWith('#')) {
		if (seen.includes(ref)) return value;
		const { $ref: _, ...siblings } = value;
		const target = dereference(document, resolvePointer(document, ref), [...seen, ref]);
		return isObject(target) ? { ...target, ...mapValues(siblings, (v) => dereference(document, v, seen)) } : target;
	}
	return mapValues(value, (v) => dereference(document, v, seen));
}

/** The document's `components.schemas`, dereferenced, keyed by name. */
export function componentSchemas(document: JsonObject): Record<string, JsonObject> {
	const schemas = (document['components'] as JsonObject | undefined)?.['schemas'];
	if (!isObject(schemas)) return {};
	return mapValues(schemas, (schema) => dereference(document, schema)) as Record<string, JsonObject>;
}

/** The value a local reference (`#/components/schemas/Name`) points to; throws when it is missing. */
export function resolvePointer(document: Json, ref: string): Json {
	const tokens = ref.replace(/^#\/?/, '').split('/').filter((t, i) => i > 0 || t !== '');
	let node: Json | undefined = document;
	for (const raw of tokens) {
		const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
		node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
		if (node === undefined) throw new Error(`Cannot resolve ${ref}`);
	}
	return node;
}

export function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapValues(object: JsonObject, map: (value: Json) => Json): JsonObject {
	return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value)]));
}

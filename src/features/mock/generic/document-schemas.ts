import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * JSON Schema validators for the schemas of one OpenAPI 3.1 document (its dialect is JSON Schema
 * 2020-12, hence Ajv 2020). The whole document is registered once under a URI of its own, so a
 * `$ref: '#/components/schemas/X'` anywhere resolves inside it without copying or dereferencing
 * the document (GitHub's is 13 MB); each schema is compiled when asked for, and kept by the caller.
 */
export class DocumentSchemas {
	private readonly plain: Ajv2020;
	/** For parameters and form fields, which arrive as text: `"3"` → 3, `"a"` → `["a"]`. */
	private readonly coercing: Ajv2020;
	private readonly uri: string;

	constructor(id: string, document: Record<string, unknown>) {
		this.uri = `${DOCUMENT_URI}${encodeURIComponent(id)}.json`;
		// `strict: false`: OpenAPI schemas carry keywords Ajv does not know (`discriminator`, `xml`, `x-…`).
		const options = { strict: false, allErrors: true, validateSchema: false, logger: false } as const;
		// `verbose`: the errors carry the failing schema, from which a generated body is repaired (`valid-body.ts`).
		this.plain = new Ajv2020({ ...options, verbose: true });
		this.coercing = new Ajv2020({ ...options, coerceTypes: 'array' });
		dropNullable(document);
		for (const ajv of [this.plain, this.coercing]) {
			addFormats(ajv);
			ajv.addSchema(document, this.uri);
		}
	}

	/** A validator of a schema taken from the document; `coerce` for values that arrive as text. */
	compile(schema: unknown, coerce = false): ValidateFunction {
		return (coerce ? this.coercing : this.plain).compile(absoluteRefs(schema, this.uri) as object);
	}
}

const DATA_KEYWORDS = new Set(['example', 'examples', 'default', 'const', 'enum', 'value']);
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'schemas', 'definitions', 'dependentSchemas']);

/**
 * Removes `nullable` from the document, in place (the mock owns the document it loaded). Ajv
 * reads OpenAPI 3.0's `nullable` whatever the dialect and throws on one without `type`. In 3.1 it
 * means nothing, and OpenAPI 3.0.3 already gave it no effect without `type`: the upgrade leaves
 * it exactly there (beside `oneOf`; GitHub's description has dozens).
 */
function dropNullable(node: unknown, named = false): void {
	if (Array.isArray(node)) for (const item of node) dropNullable(item);
	else if (typeof node === 'object' && node !== null) {
		const object = node as Record<string, unknown>;
		if (!named && typeof object['nullable'] === 'boolean') delete object['nullable'];
		for (const [key, value] of Object.entries(object)) {
			// In a map of names (`properties`, `schemas`, …) a key is a name, even `nullable` or `default`.
			if (named || !DATA_KEYWORDS.has(key)) dropNullable(value, !named && NAME_MAPS.has(key));
		}
	}
}

/** Where a document's schemas are registered: a URI that names no real host. */
const DOCUMENT_URI = 'https://mock.invalid/';

/** A copy of a compiled schema (from a validator's errors) whose references are local (`#/…`) again. */
export function localRefs(schema: unknown): unknown {
	if (Array.isArray(schema)) return schema.map(localRefs);
	if (typeof schema !== 'object' || schema === null) return schema;
	return Object.fromEntries(
		Object.entries(schema).map(([key, value]) => [
			key,
			key === '$ref' && typeof value === 'string' && value.startsWith(DOCUMENT_URI) && value.includes('#')
				? value.slice(value.indexOf('#'))
				: localRefs(value),
		]),
	);
}

/** A copy of `schema` whose local references (`#/…`) name the document's URI. */
function absoluteRefs(schema: unknown, uri: string): unknown {
	if (Array.isArray(schema)) return schema.map((item) => absoluteRefs(item, uri));
	if (typeof schema !== 'object' || schema === null) return schema;
	return Object.fromEntries(
		Object.entries(schema).map(([key, value]) => [
			key,
			key === '$ref' && typeof value === 'string' && value.startsWith('#') ? uri + value : absoluteRefs(value, uri),
		]),
	);
}

/** Ajv's errors in words a client developer can act on, one per failing place and reason. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): { pointer: string; detail: string }[] {
	const seen = new Set<string>();
	const result: { pointer: string; detail: string }[] = [];
	const list = errors ?? [];
	// Summary keywords restate a failure already reported by the keyword that caused it.
	const specific = list.filter((error) => !['if', 'oneOf', 'anyOf', 'allOf'].includes(error.keyword));
	for (const error of specific.length ? specific : list) {
		const params = error.params as Record<string, unknown>;
		const field = (name: unknown) => `${error.instancePath}/${String(name).replace(/~/g, '~0').replace(/\//g, '~1')}`;
		const entry =
			error.keyword === 'required'
				? { pointer: field(params['missingProperty']), detail: 'This required field is missing.' }
				: error.keyword === 'additionalProperties'
					? {
							pointer: field(params['additionalProperty']),
							detail: 'This field is not part of the schema; remove it or check its spelling.',
						}
					: error.keyword === 'enum'
						? {
								pointer: error.instancePath,
								detail: `Must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`,
							}
						: error.keyword === 'type'
							? { pointer: error.instancePath, detail: `Must be of type ${String(params['type']).replace(/,/g, ' or ')}.` }
							: { pointer: error.instancePath, detail: `${error.message ?? 'Is invalid'}.`.replace(/^must/, 'Must') };
		const key = `${entry.pointer} ${entry.detail}`;
		if (!seen.has(key)) result.push(entry);
		seen.add(key);
	}
	return result;
}

import { isObject, type Json, type JsonObject } from '#shared/openapi/json.ts';
import type { Operation } from '#shared/openapi/operations.ts';

/**
 * About how many bytes of HTML a document's reference makes on one page, without rendering it:
 * the reference shows each operation with the schemas it references inlined (its fields, its
 * examples highlighted), then every named schema. So the estimate is the JSON size of each
 * operation with its `$ref`s expanded (each once per operation, no cycles), plus the schemas, times
 * the HTML the renderer writes per byte of JSON: about 3 for a schema's fields, 12 for examples
 * (highlighted token by token), and a fixed share per operation (its frame and request samples);
 * measured on this project's documents, the estimate errs high.
 * A document with few operations but large shared schemas (a labelling API whose 28 operations
 * make 1.4 MB) is found this way and split like a large one (`reference-pages.ts`).
 */
const HTML_PER_JSON_BYTE = { fields: 3, examples: 12 } as const;
/** What every operation adds whatever its schemas: its frame, request samples and "Try it". */
const HTML_PER_OPERATION = 12 * 1024;

/** Stops expanding one operation past this much JSON: its page is too large by then anyway. */
const OPERATION_CAP = 4 * 1024 * 1024;
const EXAMPLE_KEYS = new Set(['example', 'examples']);

export function estimatePageBytes(document: JsonObject, operations: readonly Operation[]): number {
	const components = isObject(document['components']) ? document['components'] : {};
	const total = { fields: 0, examples: 0 };
	const add = (size: { fields: number; examples: number }) => {
		total.fields += size.fields;
		total.examples += size.examples;
	};
	add(expandedSize(document, (components['schemas'] ?? {}) as Json, false));
	for (const { parameters, requestBody, responses } of operations) {
		add(expandedSize(document, [parameters, requestBody ?? null, responses.map(([, response]) => response)], true));
	}
	return total.fields * HTML_PER_JSON_BYTE.fields + total.examples * HTML_PER_JSON_BYTE.examples + operations.length * HTML_PER_OPERATION;
}

/** The JSON size of `value`, in schemas and in examples, with its local `$ref`s inlined (each at most once) when `expand`. */
function expandedSize(document: JsonObject, value: Json, expand: boolean): { fields: number; examples: number } {
	const seen = new Set<string>();
	const size = { fields: 0, examples: 0 };
	const visit = (node: Json, inExample: boolean): void => {
		if (size.fields + size.examples > OPERATION_CAP) return;
		const kind = inExample ? 'examples' : 'fields';
		if (Array.isArray(node)) {
			size[kind] += 2;
			for (const item of node) visit(item, inExample);
			return;
		}
		if (!isObject(node)) {
			size[kind] += JSON.stringify(node)?.length ?? 0;
			return;
		}
		const ref = node['$ref'];
		if (expand && typeof ref === 'string' && ref.startsWith('#/')) {
			if (seen.has(ref)) return;
			seen.add(ref);
			const target = resolveLocal(document, ref);
			if (target !== undefined) visit(target, inExample);
			return;
		}
		for (const [key, item] of Object.entries(node)) {
			size[kind] += key.length + 4;
			visit(item, inExample || EXAMPLE_KEYS.has(key));
		}
	};
	visit(value, false);
	return size;
}

function resolveLocal(document: JsonObject, ref: string): Json | undefined {
	let node: Json | undefined = document;
	for (const raw of ref.slice(2).split('/')) {
		const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
		node = isObject(node) ? node[token] : Array.isArray(node) ? node[Number(token)] : undefined;
		if (node === undefined) return undefined;
	}
	return node;
}

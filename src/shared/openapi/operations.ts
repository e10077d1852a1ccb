import { isObject, resolvePointer, type Json, type JsonObject } from '#shared/openapi/json.ts';

/**
 * The operations of an OpenAPI document in reading order, with parameters, bodies and responses
 * resolved from `$ref`s (schemas keep theirs, so a renderer can link to named schemas).
 */

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
type Method = (typeof METHODS)[number];

export interface Operation {
	/** Anchor and file-name-safe key: the `operationId`, or the method and path. */
	key: string;
	operationId?: string;
	method: Method;
	path: string;
	summary?: string;
	description?: string;
	tags: string[];
	deprecated: boolean;
	/** Marked `x-margo-signed: true`: the body carries a content digest and an HTTP message signature. */
	signed: boolean;
	/** Names of the security schemes that authorise the call; empty when it needs none. */
	security: string[];
	parameters: JsonObject[];
	requestBody?: JsonObject;
	/** Status code (or `default`) → response object. */
	responses: [string, JsonObject][];
	/** JSON pointer of the operation in the document. */
	pointer: string;
}

/** Every operation of the document, in the order of `paths`. */
export function listOperations(document: JsonObject): Operation[] {
	const paths = isObject(document['paths']) ? document['paths'] : {};
	const globalSecurity = securityNames(document['security']);
	const operations: Operation[] = [];
	for (const [path, rawItem] of Object.entries(paths)) {
		const item = resolve(document, rawItem);
		if (!isObject(item)) continue;
		const shared = asArray(item['parameters']);
		for (const method of METHODS) {
			const op = item[method];
			if (!isObject(op)) continue;
			const own = asArray(op['parameters']).map((p) => resolve(document, p)).filter(isObject);
			const inherited = shared.map((p) => resolve(document, p)).filter(isObject);
			// An operation's parameter overrides a path-level one with the same name and location.
			const parameters = [...inherited.filter((p) => !own.some((o) => o['name'] === p['name'] && o['in'] === p['in'])), ...own];
			const body = resolve(document, op['requestBody']);
			const operationId = typeof op['operationId'] === 'string' ? op['operationId'] : undefined;
			operations.push({
				key: operationId ?? `${method}-${path}`.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, ''),
				...(operationId ? { operationId } : {}),
				method,
				path,
				...text(op, 'summary'),
				...text(op, 'description'),
				tags: asArray(op['tags']).filter((t): t is string => typeof t === 'string'),
				deprecated: op['deprecated'] === true,
				signed: op['x-margo-signed'] === true,
				security: 'security' in op ? securityNames(op['security']) : globalSecurity,
				parameters,
				...(isObject(body) ? { requestBody: body } : {}),
				responses: Object.entries(isObject(op['responses']) ? op['responses'] : {})
					.map(([status, response]): [string, Json | undefined] => [status, resolve(document, response)])
					.filter((entry): entry is [string, JsonObject] => isObject(entry[1])),
				pointer: `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`,
			});
		}
	}
	return operations;
}

export interface TagGroup {
	name: string;
	description?: string;
	operations: Operation[];
}

/** Operations grouped by their first tag, in the order of the document's `tags`, untagged last. */
export function groupByTag(document: JsonObject, operations: readonly Operation[]): TagGroup[] {
	const declared = asArray(document['tags']).filter(isObject);
	const groups = new Map<string, TagGroup>();
	for (const tag of declared) {
		if (typeof tag['name'] === 'string') groups.set(tag['name'], { name: tag['name'], ...text(tag, 'description'), operations: [] });
	}
	for (const operation of operations) {
		const name = operation.tags[0] ?? 'Other operations';
		if (!groups.has(name)) groups.set(name, { name, operations: [] });
		groups.get(name)!.operations.push(operation);
	}
	return [...groups.values()].filter((group) => group.operations.length > 0);
}

/** Follows `$ref`s (one after another) to a value that is not a reference. */
export function resolve(document: JsonObject, value: Json | undefined): Json | undefined {
	let current = value;
	for (let hops = 0; isObject(current) && typeof current['$ref'] === 'string' && hops < 20; hops++) {
		const { $ref, ...overrides } = current;
		const target = resolvePointer(document, $ref as string);
		current = isObject(target) ? { ...target, ...overrides } : target;
	}
	return current;
}

/** A URL fragment for a name: lower case, words joined by dashes. */
export function slug(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function securityNames(value: Json | undefined): string[] {
	return [...new Set(asArray(value).filter(isObject).flatMap((requirement) => Object.keys(requirement)))];
}

function asArray(value: Json | undefined): Json[] {
	return Array.isArray(value) ? value : [];
}

function text(object: JsonObject, key: string): Record<string, string> {
	const value = object[key];
	return typeof value === 'string' && value ? { [key]: value } : {};
}

import { valueAt } from './json-pointer.ts';

/**
 * Maps a path in an upgraded document back to the document it was upgraded from, one upgrade
 * step at a time (3.1 → 3.0, then 3.0 → Swagger 2.0), following what `@scalar/openapi-upgrader`
 * moves: `nullable` into `type`, `example` into `examples`, `definitions` into
 * `components/schemas`, a `body` or `formData` parameter into `requestBody`, and so on. Where a
 * value has no counterpart (a node the upgrade created), the path stops at the nearest original
 * node that holds it, which is where a person would fix the problem.
 */

/**
 * One step's special cases: given the original node reached so far, how many upgraded tokens to
 * consume and what to write instead (`to`, appended to the path so far, or `path`, a whole path).
 */
type Rule = (step: Step) => { take: number; to?: string[]; path?: string[] } | undefined;

interface Step {
	root: unknown;
	/** The original node at `out`. */
	node: Record<string, unknown>;
	/** Original tokens written so far. */
	out: readonly string[];
	/** The upgraded tokens still to map; `rest[0]` is the current one. */
	rest: readonly string[];
}

/** Path in the OpenAPI 3.1 form → path in the OpenAPI 3.0 document it came from. */
export function mapFrom31To30(original: unknown, tokens: readonly string[]): string[] {
	return walk(original, tokens, rule31To30);
}

/** Path in the OpenAPI 3.0 form → path in the Swagger 2.0 document it came from. */
export function mapFrom30To20(original: unknown, tokens: readonly string[]): string[] {
	return walk(original, tokens, rule30To20);
}

function walk(root: unknown, tokens: readonly string[], rule: Rule): string[] {
	let out: string[] = [];
	let index = 0;
	while (index < tokens.length) {
		const node = valueAt(root, out);
		if (typeof node !== 'object' || node === null) break;
		const rest = tokens.slice(index);
		const special = Array.isArray(node) ? undefined : rule({ root, node: node as Record<string, unknown>, out, rest });
		if (special) {
			const next = special.path ?? [...out, ...(special.to ?? [])];
			if (valueAt(root, next) === undefined) break;
			out = next;
			index += special.take;
		} else if (valueAt(node, [rest[0]!]) !== undefined) {
			out = [...out, rest[0]!];
			index += 1;
		} else break;
	}
	return out;
}

const digits = (token: string | undefined) => token !== undefined && /^\d+$/.test(token);

const rule31To30: Rule = ({ node, out, rest: [token, next, third] }) => {
	const nullable = node['nullable'] === true;
	// `type: string` + `nullable: true` became `type: [string, 'null']`.
	if (token === 'type' && nullable && typeof node['type'] === 'string' && digits(next)) return { take: 2, to: [next === '0' ? 'type' : 'nullable'] };
	// A `nullable` union arm became `type: 'null'`.
	if (token === 'type' && nullable && node['type'] === undefined) return { take: 1, to: ['nullable'] };
	// `$ref` or `allOf` + `nullable: true` became `anyOf: [<it>, {type: 'null'}]`.
	if (token === 'anyOf' && nullable && node['anyOf'] === undefined && digits(next)) {
		if (next !== '0') return { take: 2, to: ['nullable'] };
		const allOf = node['allOf'];
		return { take: 2, to: Array.isArray(allOf) && allOf.length === 1 ? ['allOf', '0'] : [] };
	}
	// `nullable: true` beside `oneOf`/`anyOf` became one more arm, `{type: 'null'}` (`nullable-unions.ts`).
	if ((token === 'oneOf' || token === 'anyOf') && nullable && Array.isArray(node[token]) && digits(next) && Number(next) >= (node[token] as unknown[]).length)
		return { take: 2, to: ['nullable'] };
	// `example` became `examples: [x]` in a schema and `examples: {default: {value: x}}` elsewhere.
	if (token === 'examples' && 'example' in node && !('examples' in node)) {
		if (next === 'default' && third === 'value') return { take: 3, to: ['example'] };
		return { take: digits(next) ? 2 : 1, to: ['example'] };
	}
	if ((token === 'contentEncoding' || token === 'contentMediaType') && 'format' in node) return { take: 1, to: ['format'] };
	if (token === 'webhooks' && out.length === 0 && 'x-webhooks' in node) return { take: 1, to: ['x-webhooks'] };
	return undefined;
};

const COMPONENTS_20: Record<string, string> = {
	schemas: 'definitions',
	parameters: 'parameters',
	requestBodies: 'parameters',
	responses: 'responses',
	securitySchemes: 'securityDefinitions',
};
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

const rule30To20: Rule = ({ root, node, out, rest }) => {
	const [token, next, third, fourth] = rest;
	if (out.length === 0) {
		if (token === 'openapi') return { take: 1, to: ['swagger'] };
		if (token === 'servers') return { take: rest.length, to: 'host' in node ? ['host'] : 'basePath' in node ? ['basePath'] : ['schemes'] };
		if (token === 'components' && next && COMPONENTS_20[next]) return { take: 2, to: [COMPONENTS_20[next]] };
	}
	const inPathItem = out.length === 2 && out[0] === 'paths';
	const inOperation = out.length === 3 && out[0] === 'paths' && METHODS.has(out[2]!);
	if (token === 'parameters' && digits(next) && (inPathItem || inOperation)) {
		const kept = parameters(root, node).flatMap(({ index, location }) => (location === 'body' || location === 'formData' ? [] : [index]));
		const index = kept[Number(next)];
		return index === undefined ? undefined : { take: 2, to: ['parameters', String(index)] };
	}
	if (token === 'requestBody' && inOperation) return requestBody(root, out, rest);
	// A 2.0 body parameter defined once under `parameters` is a request body in 3.0.
	if (out.length === 2 && out[0] === 'parameters' && node['in'] === 'body' && token === 'content' && fourth === 'schema') return { take: 3, to: [] };
	const inResponse = (out.length === 2 && out[0] === 'responses') || (out.length === 5 && out[0] === 'paths' && out[3] === 'responses');
	if (inResponse && token === 'content') {
		if (third === 'schema') return { take: 2, to: [] };
		if (third === 'example') return { take: 3, to: ['examples', next!] };
		if (third === 'examples' && fourth) return { take: rest[4] === 'value' ? 5 : 4, to: ['examples', fourth] };
		return { take: rest.length, to: [] };
	}
	// Parameters and headers carry their schema's keywords themselves in 2.0.
	if (token === 'schema' && !('schema' in node) && ('in' in node || out.at(-2) === 'headers')) return { take: 1, to: [] };
	if (token === 'nullable' && 'x-nullable' in node) return { take: 1, to: ['x-nullable'] };
	if (token === 'discriminator' && typeof node['discriminator'] === 'string') return { take: next === 'propertyName' ? 2 : 1, to: ['discriminator'] };
	return undefined;
};

/** The operation's parameters with their location, and the path item's after them (2.0 allows body parameters at both). */
function parameters(root: unknown, holder: Record<string, unknown>): { index: number; location: unknown; name: unknown }[] {
	const list = Array.isArray(holder['parameters']) ? (holder['parameters'] as unknown[]) : [];
	return list.map((parameter, index) => {
		const ref = (parameter as { $ref?: unknown } | null)?.$ref;
		const resolved = (typeof ref === 'string' ? valueAt(root, ref.replace(/^#\//, '').split('/')) : parameter) as Record<string, unknown> | undefined;
		return { index, location: resolved?.['in'], name: resolved?.['name'] };
	});
}

/** `requestBody/content/<type>/schema/…` → the `body` parameter's `schema/…`, or a `formData` parameter for a form field. */
function requestBody(root: unknown, out: readonly string[], rest: readonly string[]): { take: number; path: string[] } | undefined {
	const [, content, , schema, properties, name] = rest;
	// The operation's own parameters first, then the path item's.
	for (const holder of [out, out.slice(0, 2)]) {
		const found = parameters(root, valueAt(root, holder) as Record<string, unknown>);
		const at = (index: number, take: number, ...to: string[]) => ({ take, path: [...holder, 'parameters', String(index), ...to] });
		const body = found.find((p) => p.location === 'body');
		if (body) return content === 'content' && schema === 'schema' ? at(body.index, 4, 'schema') : at(body.index, 1);
		const field = found.find((p) => p.location === 'formData' && (properties !== 'properties' || p.name === name));
		if (field) return properties === 'properties' && name !== undefined ? at(field.index, 6) : at(field.index, rest.length);
	}
	return undefined;
}

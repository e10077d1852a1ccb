/**
 * Finishes the upgrade of OpenAPI 3.0's `nullable: true` where `@scalar/openapi-upgrader` leaves it
 * as written: beside `oneOf` or `anyOf` without a `type` (as GitHub's description writes it). In
 * 3.1 `nullable` means nothing, so the value `null` must be one of the union's arms: the arm
 * `{ type: 'null' }` is added and `nullable` removed. A `nullable` left with nothing to attach to
 * (no `type`, no union) allowed `null` already and is simply removed; so is `nullable: false`.
 *
 * Returns a copy where something changed and the same object elsewhere: the document as written
 * stays as it is, since problems are traced back to it (`pointer-map.ts` maps the new arm to the
 * `nullable` it came from).
 */
export function completeNullableUnions<T>(node: T): T {
	return visit(node, false) as T;
}

/** Keys whose values are data, not schemas: an example may well hold `nullable: true`. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'default', 'const', 'enum']);
/** Keys whose values are maps of names to schemas, where a key `nullable` is a name. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'schemas', 'dependentSchemas']);

function visit(node: unknown, named: boolean): unknown {
	if (Array.isArray(node)) {
		const items = node.map((item) => visit(item, false));
		return items.every((item, index) => item === node[index]) ? node : items;
	}
	if (typeof node !== 'object' || node === null) return node;
	const object = node as Record<string, unknown>;
	let changed = false;
	const entries = Object.entries(object).map(([key, value]): [string, unknown] => {
		if (!named && (DATA_KEYWORDS.has(key) || key.startsWith('x-'))) return [key, value];
		const next = visit(value, !named && NAME_MAPS.has(key));
		changed ||= next !== value;
		return [key, next];
	});
	let result = changed ? Object.fromEntries(entries) : object;
	if (!named && typeof result['nullable'] === 'boolean') {
		const { nullable, ...rest } = result;
		const union = Array.isArray(rest['oneOf']) ? 'oneOf' : Array.isArray(rest['anyOf']) ? 'anyOf' : undefined;
		if (nullable && union && rest['type'] === undefined) {
			const arms = rest[union] as unknown[];
			const hasNull = arms.some((arm) => typeof arm === 'object' && arm !== null && (arm as Record<string, unknown>)['type'] === 'null');
			result = { ...rest, [union]: hasNull ? arms : [...arms, { type: 'null' }] };
		} else if (!nullable || (rest['type'] === undefined && !union)) {
			result = rest;
		}
	}
	return result;
}

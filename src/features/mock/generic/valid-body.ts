import type { ErrorObject } from 'ajv/dist/2020.js';
import { sample } from 'openapi-sampler';
import RandExp from 'randexp';
import type { Json, JsonObject } from '#shared/openapi/json.ts';
import { localRefs } from './document-schemas.ts';
import { matchesStringKeywords } from './string-keywords.ts';

/**
 * A body generated from a schema that is valid against it. openapi-sampler gives the first try;
 * what it gets wrong is repaired from the validator's own errors, place by place: a required
 * property it left out (it writes `{}` for `required` without `properties`), a string whose
 * `pattern`, `format` or length it missed (generated again from the pattern with randexp, checked
 * against all of them), a branch of `oneOf`/`anyOf` none of whose values fit. Some schemas have no
 * valid value (`format: uri` with `pattern: ^/`: a URI has a scheme, so it never starts with `/`);
 * then the body is the closest found and `warning` says where and why.
 */

/** A compiled validator, with Ajv's errors (`verbose`, so each error carries its schema). */
export interface BodyValidator {
	(value: unknown): boolean;
	errors?: ErrorObject[] | null;
}

export interface GeneratedBody {
	value: unknown;
	/** Why the body is not valid against its schema, when no valid one was found. */
	warning?: string;
}

const SAMPLE = { skipWriteOnly: true, quiet: true } as const;
const ROUNDS = 12;
/** How deep repairs of `oneOf`/`anyOf` branches may nest: each branch is generated like a body. */
const MAX_DEPTH = 4;

export function validBody(document: JsonObject, schema: Json, validatorFor: (schema: Json) => BodyValidator, depth = 0): GeneratedBody {
	const validate = validatorFor(schema);
	const local = localRefs(schema) as Json;
	let value = sample(local as never, { ...SAMPLE, enablePatterns: true }, document) as unknown;
	for (let round = 0; round < ROUNDS; round++) {
		if (validate(value)) return { value };
		const repaired = repair(value, validate.errors ?? [], { document, validatorFor, depth });
		if (!repaired.changed) break;
		value = repaired.value;
	}
	if (validate(value)) return { value };
	// The sampler without patterns: its pattern support is partial, and its plain strings may fit.
	const plain = sample(local as never, SAMPLE, document) as unknown;
	if (validate(plain)) return { value: plain };
	const [first] = validate.errors ?? [];
	const where = first?.instancePath || '/';
	return { value, warning: `no valid body found for the schema: ${where} ${first?.message ?? 'is invalid'}` };
}

interface RepairContext {
	document: JsonObject;
	validatorFor: (schema: Json) => BodyValidator;
	depth: number;
}

/** Applies one fix per failing place, deepest first; a place inside one already fixed waits for the next round. */
function repair(value: unknown, errors: readonly ErrorObject[], context: RepairContext): { value: unknown; changed: boolean } {
	const fixed: string[] = [];
	let changed = false;
	const ordered = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length);
	for (const error of ordered) {
		if (
			fixed.some(
				(path) => error.instancePath === path || error.instancePath.startsWith(`${path}/`) || path.startsWith(`${error.instancePath}/`),
			)
		)
			continue;
		const fix = fixFor(error, context);
		if (!fix) continue;
		value = setAt(value, fix.pointer, fix.value);
		fixed.push(fix.pointer);
		changed = true;
	}
	return { value, changed };
}

function fixFor(error: ErrorObject, context: RepairContext): { pointer: string; value: unknown } | undefined {
	const parent = localRefs(error.parentSchema ?? {}) as JsonObject;
	const params = error.params as Record<string, unknown>;
	const at = error.instancePath;
	switch (error.keyword) {
		case 'required': {
			const name = String(params['missingProperty']);
			const properties = parent['properties'];
			const schema = typeof properties === 'object' && properties !== null && !Array.isArray(properties) ? properties[name] : undefined;
			const value = schema === undefined ? '' : sample(schema as never, { ...SAMPLE, enablePatterns: true }, context.document);
			return { pointer: `${at}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, value: value ?? null };
		}
		case 'pattern':
		case 'format':
		case 'minLength':
		case 'maxLength': {
			const value = typeof error.data === 'string' ? stringFor(parent) : undefined;
			return value === undefined ? undefined : { pointer: at, value };
		}
		case 'enum':
			return { pointer: at, value: (params['allowedValues'] as unknown[])[0] };
		case 'const':
			return { pointer: at, value: params['allowedValue'] };
		case 'type': {
			const types = String(params['type']).split(',');
			if (types.includes('null')) return { pointer: at, value: null };
			return { pointer: at, value: sample({ ...parent, type: types[0] } as never, SAMPLE, context.document) };
		}
		case 'oneOf':
		case 'anyOf': {
			if (context.depth >= MAX_DEPTH) return undefined;
			const branches = (error.parentSchema as JsonObject | undefined)?.[error.keyword];
			for (const branch of Array.isArray(branches) ? branches : []) {
				const body = validBody(context.document, branch, context.validatorFor, context.depth + 1);
				if (!body.warning) return { pointer: at, value: body.value };
			}
			return undefined;
		}
		default:
			return undefined;
	}
}

/**
 * A string meeting a schema's `pattern`, `format` and length: from the pattern, shortest first,
 * then a few other draws (seeded, so the mock answers the same each time); without a pattern,
 * the sampler's value for the format.
 */
export function stringFor(schema: JsonObject): string | undefined {
	const pattern = typeof schema['pattern'] === 'string' ? schema['pattern'] : undefined;
	const candidates: string[] = [];
	if (pattern !== undefined) {
		try {
			const shortest = new RandExp(pattern);
			shortest.randInt = (low: number) => low;
			candidates.push(shortest.gen());
			const seeded = new RandExp(pattern);
			let seed = 1;
			seeded.randInt = (low: number, high: number) => {
				seed = (seed * 48271) % 2147483647;
				return low + (seed % (high - low + 1));
			};
			seeded.max = 12;
			for (let draw = 0; draw < 24; draw++) candidates.push(seeded.gen());
		} catch {
			// A pattern randexp cannot read: the sampler's string below is the only candidate.
		}
	}
	const { pattern: _pattern, ...withoutPattern } = schema;
	candidates.push(String(sample({ ...withoutPattern, type: 'string' } as never, SAMPLE)));
	return candidates.find((candidate) => matchesStringKeywords(schema, candidate));
}

/** `value` with the place at `pointer` set to `next` (removed when `next` is undefined). */
function setAt(value: unknown, pointer: string, next: unknown): unknown {
	if (pointer === '') return next;
	const tokens = pointer
		.split('/')
		.slice(1)
		.map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
	let node = value as Record<string, unknown>;
	for (const token of tokens.slice(0, -1)) {
		if (typeof node[token] !== 'object' || node[token] === null) return value;
		node = node[token] as Record<string, unknown>;
	}
	const last = tokens.at(-1)!;
	if (next === undefined) delete node[last];
	else node[last] = next;
	return value;
}

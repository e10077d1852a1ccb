import { codeValue, escapeHtml, markdown } from '#shared/html-text.ts';
import { isObject, resolvePointer, type Json, type JsonObject } from '#shared/openapi/json.ts';

/**
 * Renders a JSON Schema (OpenAPI 3.1) as a nested list of fields with their types, whether they
 * are required, their descriptions and their rules. Named schemas (`#/components/schemas/X`) are
 * expanded in place while the row budget lasts and then linked, so a huge document still renders
 * every operation in bounded HTML.
 */

export interface SchemaContext {
	document: JsonObject;
	/** Where a named schema is shown in full, if anywhere on the site. */
	schemaHref: (name: string) => string | undefined;
	/** Rows one schema view may use before named schemas are linked instead of expanded. */
	budget: number;
}

interface State {
	ctx: SchemaContext;
	rows: number;
	/** Named schemas being expanded, to stop at recursion. */
	open: readonly string[];
}

const REF_PREFIX = '#/components/schemas/';
const MAX_DEPTH = 8;

/** One schema: its type line, description and rules, then its fields. */
export function renderSchema(schema: Json, ctx: SchemaContext, expandRoot = true): string {
	const state: State = { ctx, rows: 0, open: [] };
	const { node, name } = follow(schema, ctx.document);
	const head = `<p class="api-schema__type">${typeLabel(schema, state)}</p>`;
	const description = typeof node['description'] === 'string' ? `<div class="api-schema__desc">${markdown(node['description'])}</div>` : '';
	const children = expandRoot ? fields(node, { ...state, open: name ? [name] : [] }, 0) : '';
	return `<div class="api-schema">${head}${description}${rules(node)}${children}</div>`;
}

/** A short type description: `string`, `array of Cpu`, `map of string`, `Helm profile | Compose profile`. */
function typeLabel(schema: Json, state: State): string {
	const { node, name } = follow(schema, state.ctx.document);
	if (name) return nameLink(name, state);
	const variants = asArray(node['oneOf']).length ? asArray(node['oneOf']) : asArray(node['anyOf']);
	if (variants.length) return variants.map((v) => typeLabel(v, state)).join(' | ');
	const all = asArray(node['allOf']);
	if (all.length === 1 && !node['type']) return typeLabel(all[0]!, state);
	const types = Array.isArray(node['type']) ? node['type'] : typeof node['type'] === 'string' ? [node['type']] : [];
	if (types.includes('array') && node['items'] !== undefined) return `array of ${typeLabel(node['items'], state)}`;
	if (isObject(node['additionalProperties']) && !isObject(node['properties']))
		return `map of ${typeLabel(node['additionalProperties'], state)}`;
	const format = typeof node['format'] === 'string' ? ` <span class="api-format">(${escapeHtml(node['format'])})</span>` : '';
	const label = types.length ? types.map(String).map(escapeHtml).join(' | ') : isObject(node['properties']) ? 'object' : 'any';
	return `<span class="api-type">${label}</span>${format}`;
}

function fields(schema: JsonObject, state: State, depth: number): string {
	if (depth > MAX_DEPTH) return '';
	const { properties, required } = collectProperties(schema, state.ctx.document);
	const rows: string[] = [];
	for (const [key, value] of Object.entries(properties)) rows.push(row(key, value, required.has(key), state, depth));
	if (isObject(schema['additionalProperties']) && Object.keys(properties).length === 0) {
		rows.push(row('<any name>', schema['additionalProperties'], false, state, depth));
	}
	const items = schema['items'];
	const nested = rows.length ? `<ul class="api-fields">${rows.join('')}</ul>` : isObject(items) ? expand(items, state, depth) : '';
	return nested + variantsOf(schema, state, depth);
}

function row(key: string, value: Json, required: boolean, state: State, depth: number): string {
	state.rows++;
	const { node } = follow(value, state.ctx.document);
	const flags = `${required ? ' <span class="api-required">required</span>' : ''}${node['deprecated'] === true ? ' <span class="api-deprecated">deprecated</span>' : ''}`;
	const description = typeof node['description'] === 'string' ? `<div class="api-field__desc">${markdown(node['description'])}</div>` : '';
	return `<li class="api-field"><div class="api-field__head"><code class="api-field__name">${escapeHtml(key)}</code> ${typeLabel(value, state)}${flags}</div>${description}${rules(node)}${itemRules(node, state)}${expand(value, state, depth + 1)}</li>`;
}

/** The fields of a value, expanding a named schema while the budget lasts. */
function expand(value: Json, state: State, depth: number): string {
	const { node, name } = follow(value, state.ctx.document);
	if (name && (state.open.includes(name) || state.rows >= state.ctx.budget)) return '';
	const inner = { ...state, open: name ? [...state.open, name] : state.open };
	const html = fields(node, inner, depth);
	state.rows = inner.rows;
	return html;
}

function variantsOf(schema: JsonObject, state: State, depth: number): string {
	const key = asArray(schema['oneOf']).length ? 'oneOf' : asArray(schema['anyOf']).length ? 'anyOf' : undefined;
	if (!key) return '';
	const variants = asArray(schema[key]).map((variant) => {
		const { node } = follow(variant, state.ctx.document);
		const title = typeof node['title'] === 'string' ? escapeHtml(node['title']) : typeLabel(variant, state);
		return `<li class="api-variant"><p class="api-variant__title">${title}</p>${expand(variant, state, depth + 1)}</li>`;
	});
	return `<p class="api-variants__label">${key === 'oneOf' ? 'Exactly one of' : 'Any of'}:</p><ul class="api-variants">${variants.join('')}</ul>`;
}

/** The rules of an array's items when they are plain values (`array of DeviceRole` and its values). */
function itemRules(node: JsonObject, state: State): string {
	if (node['items'] === undefined) return '';
	const { node: items } = follow(node['items'], state.ctx.document);
	if (isObject(items['properties']) || asArray(items['oneOf']).length || asArray(items['anyOf']).length) return '';
	return rules(items).replace('<p class="api-rules">', '<p class="api-rules">Each item: ');
}

/** Constraints a reader needs: allowed values, patterns, limits, defaults, conditions. */
function rules(node: JsonObject): string {
	const out: string[] = [];
	if ('const' in node) out.push(`Always ${codeValue(node['const'])}`);
	if (Array.isArray(node['enum'])) out.push(`One of ${node['enum'].map(codeValue).join(', ')}`);
	if (typeof node['pattern'] === 'string') out.push(`Pattern ${codeValue(node['pattern'])}`);
	const limits: [string, string][] = [
		['minLength', 'At least {} characters'],
		['maxLength', 'At most {} characters'],
		['minimum', 'Minimum {}'],
		['maximum', 'Maximum {}'],
		['exclusiveMinimum', 'Greater than {}'],
		['exclusiveMaximum', 'Less than {}'],
		['minItems', 'At least {} items'],
		['maxItems', 'At most {} items'],
	];
	for (const [keyword, text] of limits) if (typeof node[keyword] === 'number') out.push(text.replace('{}', String(node[keyword])));
	if (node['uniqueItems'] === true) out.push('Items are unique');
	if ('default' in node) out.push(`Default ${codeValue(node['default'])}`);
	const condition = conditionText(node);
	if (condition) out.push(condition);
	if (Array.isArray(node['examples']) && node['examples'].length) out.push(`Example ${codeValue(node['examples'][0])}`);
	return out.length ? `<p class="api-rules">${out.join(' · ')}</p>` : '';
}

/** `if: {properties: {state: {const: failed}}} then: {required: [error]}` as one sentence. */
function conditionText(node: JsonObject): string | undefined {
	const when = isObject(node['if']) && isObject(node['if']['properties']) ? Object.entries(node['if']['properties']) : [];
	const then = isObject(node['then']) && Array.isArray(node['then']['required']) ? node['then']['required'] : [];
	const [field, test] = when[0] ?? [];
	if (!field || !isObject(test) || !('const' in test) || !then.length)
		return isObject(node['if']) ? 'Has conditional rules: see the JSON document' : undefined;
	return `When <code>${escapeHtml(field)}</code> is ${codeValue(test['const'])}, ${then.map(codeValue).join(', ')} ${then.length > 1 ? 'are' : 'is'} required`;
}

function collectProperties(schema: JsonObject, document: JsonObject): { properties: JsonObject; required: Set<string> } {
	let properties: JsonObject = {};
	const required = new Set<string>();
	for (const part of [...asArray(schema['allOf']).map((p) => follow(p, document).node), schema]) {
		if (isObject(part['properties'])) properties = { ...properties, ...part['properties'] };
		for (const name of asArray(part['required'])) if (typeof name === 'string') required.add(name);
	}
	return { properties, required };
}

/**
 * The schema a value stands for and the component name it refers to. `allOf: [$ref]` with its own
 * description (how OpenAPI 3.0 authors describe a referenced field) counts as that reference.
 */
function follow(value: Json, document: JsonObject): { node: JsonObject; name?: string } {
	if (!isObject(value)) return { node: {} };
	let ref = typeof value['$ref'] === 'string' ? value['$ref'] : undefined;
	const all = asArray(value['allOf']);
	if (!ref && all.length === 1 && isObject(all[0]) && typeof all[0]['$ref'] === 'string' && !value['properties']) ref = all[0]['$ref'];
	if (!ref) return { node: value };
	const { $ref: _, allOf: __, ...overrides } = value;
	let target: Json;
	try {
		target = resolvePointer(document, ref);
	} catch {
		return { node: value };
	}
	const node = isObject(target) ? { ...target, ...overrides } : {};
	return ref.startsWith(REF_PREFIX) ? { node, name: decodeURIComponent(ref.slice(REF_PREFIX.length)) } : { node };
}

function nameLink(name: string, state: State): string {
	const href = state.ctx.schemaHref(name);
	const label = `<span class="api-type">${escapeHtml(name)}</span>`;
	return href ? `<a class="api-type-link" href="${escapeHtml(href)}">${label}</a>` : label;
}

function asArray(value: Json | undefined): Json[] {
	return Array.isArray(value) ? value : [];
}

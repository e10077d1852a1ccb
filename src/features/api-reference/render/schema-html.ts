import { escapeHtml, markdown } from '#shared/html-text.ts';
import { isObject, resolvePointer, type Json, type JsonObject } from '#shared/openapi/json.ts';
import { collapsedPart, type PartStore } from './deferred-parts.ts';
import { rules } from './schema-rules.ts';

/**
 * Renders a JSON Schema (OpenAPI 3.1) as a nested list of fields with their types, whether they
 * are required, their descriptions and their rules. Nested fields are shown open down to
 * `openDepth` levels, and named schemas (`#/components/schemas/X`) while the row budget lasts;
 * deeper bodies are closed `<details>` whose fields load when opened (`deferred-parts.ts`), so a
 * huge document still renders every operation in bounded HTML.
 */

export interface SchemaContext {
	document: JsonObject;
	/** Where a named schema is shown in full, if anywhere on the site. */
	schemaHref: (name: string) => string | undefined;
	/** Rows one schema view may use before named schemas are collapsed instead of expanded. */
	budget: number;
	/** Levels of nested fields shown open below a schema's own fields; deeper ones are collapsed. */
	openDepth: number;
	/** Whether a named schema at the top of a view is collapsed too (its fields are on its own section). */
	collapseNamedRoot?: boolean;
	/**
	 * Where collapsed bodies go, and how their links to named schemas are written (in full: a part
	 * is shown on any page). Without it, collapsed bodies are left out and named schemas only linked.
	 */
	parts?: { store: PartStore; schemaHref: (name: string) => string | undefined };
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
	const children = !expandRoot
		? ''
		: name && ctx.collapseNamedRoot
			? expand(schema, state, Number.POSITIVE_INFINITY)
			: fields(node, { ...state, open: name ? [name] : [] }, 0);
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

/**
 * The fields of a value: open while within `openDepth` (a named schema also while the budget
 * lasts and unless it contains itself), else collapsed with its fields in a part.
 */
function expand(value: Json, state: State, depth: number): string {
	const { node, name, ref } = follow(value, state.ctx.document);
	const recursive = name !== undefined && state.open.includes(name);
	if (!recursive && depth <= state.ctx.openDepth && !(name && state.rows >= state.ctx.budget)) {
		const inner = { ...state, open: name ? [...state.open, name] : state.open };
		const html = fields(node, inner, depth);
		state.rows = inner.rows;
		return html;
	}
	const parts = state.ctx.parts;
	if (!parts || (!ref && !hasFields(node))) return '';
	// A part is rendered on its own, as the top of a schema view, with links that work on any page.
	const ctx = { ...state.ctx, schemaHref: parts.schemaHref };
	// A referenced schema is one part wherever it is used, unless the reference adds fields of its own.
	const key = ref && !hasFields(isObject(value) ? { ...value, allOf: [] } : {}) ? ref : undefined;
	// A part stored by content is only shown inside this view: it keeps the schemas open around it, so
	// a schema that contains itself through an array ends in the keyed part of that schema.
	const around = key ? [] : state.open;
	const id = parts.store.add(() => fields(node, { ctx, rows: 0, open: name ? [...around, name] : around }, 0), key);
	return id ? collapsedPart(id, `Show child attributes <span class="api-more__count">(${summaryOf(node, state.ctx.document)})</span>`) : '';
}

/** Whether a schema has fields, items with fields or variants to show. */
function hasFields(node: JsonObject): boolean {
	return (
		isObject(node['properties']) ||
		isObject(node['additionalProperties']) ||
		isObject(node['items']) ||
		asArray(node['allOf']).length > 0 ||
		asArray(node['oneOf']).length > 0 ||
		asArray(node['anyOf']).length > 0
	);
}

/** The label of a collapsed body: `3 fields`, `2 variants`, `fields of each item` (or value, for a map). */
function summaryOf(node: JsonObject, document: JsonObject): string {
	const count = Object.keys(collectProperties(node, document).properties).length;
	if (count) return `${count} ${count === 1 ? 'field' : 'fields'}`;
	const variants = asArray(node['oneOf']).length || asArray(node['anyOf']).length;
	if (variants) return `${variants} ${variants === 1 ? 'variant' : 'variants'}`;
	if (isObject(node['items'])) return 'fields of each item';
	return isObject(node['additionalProperties']) ? 'fields of each value' : 'fields';
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
function follow(value: Json, document: JsonObject): { node: JsonObject; name?: string; ref?: string } {
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
	return ref.startsWith(REF_PREFIX) ? { node, ref, name: decodeURIComponent(ref.slice(REF_PREFIX.length)) } : { node, ref };
}

function nameLink(name: string, state: State): string {
	const href = state.ctx.schemaHref(name);
	const label = `<span class="api-type">${escapeHtml(name)}</span>`;
	return href ? `<a class="api-type-link" href="${escapeHtml(href)}">${label}</a>` : label;
}

function asArray(value: Json | undefined): Json[] {
	return Array.isArray(value) ? value : [];
}

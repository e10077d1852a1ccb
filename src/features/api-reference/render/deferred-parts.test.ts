import { expect, test } from 'vitest';
import type { JsonObject } from '#shared/openapi/json.ts';
import { PartStore } from './deferred-parts.ts';
import { renderSchema, type SchemaContext } from './schema-html.ts';

const owner = {
	type: 'object',
	properties: { login: { type: 'string' }, site: { type: 'object', properties: { url: { type: 'string' } } } },
};
const document: JsonObject = {
	openapi: '3.1.1',
	components: {
		schemas: {
			Event: {
				type: 'object',
				properties: {
					repository: { type: 'object', properties: { owner, fork: { type: 'boolean' } } },
					sender: owner,
					organization: owner,
				},
			},
			Group: {
				type: 'object',
				properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Group' } } },
			},
		},
	},
};

function context(openDepth: number, collapseNamedRoot = false): SchemaContext & { parts: { store: PartStore } } {
	return {
		document,
		budget: 400,
		openDepth,
		collapseNamedRoot,
		schemaHref: (name) => `#schema-${name}`,
		parts: { store: new PartStore(2), schemaHref: (name) => `/reference/api/schemas/#schema-${name}` },
	};
}
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const partIds = (html: string) => [...html.matchAll(/data-part="([0-9a-f]{12})"/g)].map((m) => m[1]!);

test('shows nested fields open down to openDepth and collapses deeper ones into parts', () => {
	const ctx = context(1);
	const html = renderSchema(ref('Event'), ctx);
	// repository (its own field) › owner (one level down, open) › login (two levels down: collapsed).
	expect(html).toContain('<code class="api-field__name">owner</code>');
	const owner =
		/owner<\/code>[^]*?<details class="api-more" data-part="([0-9a-f]{12})"><summary>Show child attributes <span class="api-more__count">\(2 fields\)<\/span><\/summary><\/details>/.exec(
			html,
		);
	expect(owner).not.toBeNull();
	expect(html.slice(0, html.indexOf('<code class="api-field__name">sender</code>'))).not.toContain('login');
	// A part is the top of its own view: its fields and openDepth levels below them.
	const part = ctx.parts.store.bodies.get(owner![1]!);
	expect(part).toContain('<code class="api-field__name">login</code>');
	expect(part).toContain('<code class="api-field__name">url</code>');
});

test('stores a body shown in several places once', () => {
	const ctx = context(0);
	const html = renderSchema(ref('Event'), ctx);
	const ids = partIds(html);
	expect(ids).toHaveLength(3);
	// `sender` and `organization` are the same object: one part, shown twice.
	expect(ids[1]).toBe(ids[2]);
	expect(new Set(ids).size).toBe(2);
});

test('ends a schema that contains itself in a closed part naming itself', () => {
	const ctx = context(3);
	const html = renderSchema(ref('Group'), ctx);
	const [id] = partIds(html);
	expect(partIds(ctx.parts.store.bodies.get(id!)!)).toEqual([id]);
	expect(ctx.parts.store.bodies.get(id!)).toContain('href="/reference/api/schemas/#schema-Group"');
});

test('collapses a named schema at the top of a view when asked, and links its section', () => {
	const ctx = context(0, true);
	const html = renderSchema(ref('Event'), ctx);
	expect(html).toContain('<a class="api-type-link" href="#schema-Event">');
	expect(html).not.toContain('api-field__name');
	expect(html).toMatch(
		/<details class="api-more" data-part="[0-9a-f]{12}"><summary>Show child attributes <span class="api-more__count">\(3 fields\)<\/span><\/summary><\/details>/,
	);
});

test('groups parts into shards by the leading digits of their ids', () => {
	const store = new PartStore(1);
	const a = store.add(() => '<p>a</p>')!;
	const b = store.add(() => '<p>b</p>')!;
	expect(store.add(() => '')).toBeUndefined();
	const shards = store.shards();
	expect([...shards.keys()].sort()).toEqual([...new Set([a[0], b[0]])].sort());
	expect(shards.get(a[0]!)?.[a]).toBe('<p>a</p>');
});

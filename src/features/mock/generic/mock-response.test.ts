import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { listOperations } from '#shared/openapi/operations.ts';
import type { JsonObject } from '#shared/openapi/json.ts';
import { readSourceDocument } from '#shared/openapi/source-document.ts';
import { upgradeDocument } from '#shared/openapi/upgrade.ts';
import { describeErrors, DocumentSchemas } from './document-schemas.ts';
import { generate, generateBody } from './mock-response.ts';
import { stringFor } from './valid-body.ts';
import { readPreferences } from './prefer.ts';

function load(id: string): JsonObject {
	const file = `tests/fixtures/api-versions/openapi/${id}.yaml`;
	const source = readSourceDocument(file, readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8'));
	return upgradeDocument(source.value as Record<string, unknown>).document as JsonObject;
}

test.each(['greenhouse', 'field-notes', 'tasks'])('generates response bodies of %s that are valid against their schemas', (id) => {
	const document = load(id);
	const schemas = new DocumentSchemas(id, document);
	let checked = 0;
	for (const operation of listOperations(document)) {
		for (const [status, response] of operation.responses) {
			for (const [mediaType, media] of Object.entries((response['content'] ?? {}) as Record<string, JsonObject>)) {
				if (media['schema'] === undefined) continue;
				const validate = schemas.compile(media['schema']);
				const body = generate(document, media['schema'], () => validate);
				expect(
					validate(body) ? [] : describeErrors(validate.errors),
					`${operation.method} ${operation.path} ${status} ${mediaType}: ${JSON.stringify(body)}`,
				).toEqual([]);
				checked++;
			}
		}
	}
	expect(checked).toBeGreaterThan(2);
});

test('generates a pattern’s string again when the sampler gets the pattern wrong', () => {
	const document = { openapi: '3.1.1', info: { title: 'Versions', version: '1' }, paths: {} } as JsonObject;
	const schema = {
		type: 'object',
		required: ['version', 'code'],
		properties: { version: { type: 'string', pattern: '^[a-z]+(\\.[a-z]+)?$' }, code: { type: 'string' } },
	} as JsonObject;
	const validate = new DocumentSchemas('versions', document).compile(schema);
	expect(validate(generate(document, schema))).toBe(false);
	expect(generate(document, schema, () => validate)).toEqual({ version: 'a', code: 'string' });
});

test('generates null-free bodies from type unions and anyOf with null, which stay valid', () => {
	const document = load('field-notes');
	const note = generate(document, { $ref: '#/components/schemas/Note' });
	expect(note).toMatchObject({ id: expect.any(Number), text: expect.any(String) });
	expect(new DocumentSchemas('notes', document).compile({ $ref: '#/components/schemas/Note' })(note)).toBe(true);
});

test('reads code and example preferences from one or several Prefer values', () => {
	expect(readPreferences('code=404')).toEqual({ code: '404' });
	expect(readPreferences('respond-async, example="two words", code = 201')).toEqual({ code: '201', example: 'two words' });
	expect(readPreferences(null)).toEqual({});
});

test('validates schemas where a 3.0 nullable had nothing to attach to, and keeps properties named nullable', () => {
	const { document } = upgradeDocument({
		openapi: '3.0.3',
		info: { title: 'Leftovers', version: '1' },
		paths: {},
		components: {
			schemas: {
				Payload: { nullable: true, oneOf: [{ type: 'string' }, { type: 'integer' }] },
				Flags: { type: 'object', required: ['nullable'], properties: { nullable: { type: 'boolean' } } },
			},
		},
	});
	const schemas = new DocumentSchemas('leftovers', document as JsonObject);
	expect(schemas.compile({ $ref: '#/components/schemas/Payload' })(3)).toBe(true);
	const flags = schemas.compile({ $ref: '#/components/schemas/Flags' });
	expect([flags({ nullable: true }), flags({})]).toEqual([true, false]);
});

function fleet(): JsonObject {
	const file = 'tests/fixtures/api-v1-paths/openapi/fleet.yaml';
	const source = readSourceDocument(file, readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8'));
	return upgradeDocument(source.value as Record<string, unknown>).document as JsonObject;
}

test('repairs generated bodies until Ajv finds them valid: patterns, formats and required properties the sampler leaves out', () => {
	const document = fleet();
	const schemas = new DocumentSchemas('fleet', document);
	const schema = { $ref: '#/components/schemas/DesiredStateManifest' };
	const validate = schemas.compile(schema);
	const body = generateBody(document, schema, () => validate);
	expect(validate(body.value) ? [] : describeErrors(validate.errors)).toEqual([]);
	expect(body).toEqual({
		value: {
			manifestVersion: 1,
			bundle: { url: '/bundles/a.tar.gz', digest: `sha256:${'0'.repeat(64)}` },
			settings: [{ value: '' }],
			state: 'running',
		},
	});
});

test('says why when a schema has no valid value, and keeps the closest body', () => {
	const document = fleet();
	const schema = { $ref: '#/components/schemas/Link' };
	const validate = new DocumentSchemas('fleet', document).compile(schema);
	const body = generateBody(document, schema, () => validate);
	expect(body.warning).toBe('no valid body found for the schema: /href must match pattern "^/"');
});

test('generates strings from a pattern that meet its length and format too', () => {
	expect(stringFor({ pattern: '^[a-z]+$', minLength: 5 })).toMatch(/^[a-z]{5,}$/);
	expect(stringFor({ pattern: '^[a-z]+(\\.[a-z]+)?$' })).toBe('a');
	expect(stringFor({ format: 'email' })).toBe('user@example.com');
	expect(stringFor({ format: 'uri', pattern: '^/' })).toBeUndefined();
});

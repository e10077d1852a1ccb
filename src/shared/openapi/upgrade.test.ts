import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { valueAt, pointerTokens } from './json-pointer.ts';
import { readSourceDocument } from './source-document.ts';
import { detectVersion, upgradeDocument } from './upgrade.ts';

const fixture = (name: string) => {
	const file = `tests/fixtures/api-versions/openapi/${name}`;
	const source = readSourceDocument(file, readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'));
	return { source, upgraded: upgradeDocument(source.value as Record<string, unknown>) };
};
const at = (document: unknown, pointer: string) => valueAt(document, pointerTokens(pointer));

describe('a Swagger 2.0 document', () => {
	const { source, upgraded } = fixture('greenhouse.yaml');
	const { document } = upgraded;

	test('becomes OpenAPI 3.1 with servers from host, basePath and schemes', () => {
		expect(upgraded).toMatchObject({ sourceVersion: '2.0', declared: '2.0' });
		expect(document['openapi']).toBe('3.1.1');
		expect(document['servers']).toEqual([{ url: 'https://greenhouse.example/v2' }]);
		for (const gone of ['swagger', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'definitions']) expect(document).not.toHaveProperty(gone);
	});

	test('turns the body parameter into a request body of each consumed type', () => {
		expect(at(document, '/paths/~1sensors/post/requestBody')).toEqual({
			content: { 'application/json': { schema: { $ref: '#/components/schemas/NewSensor' } } },
			required: true,
			description: 'The sensor to install.',
		});
		expect(at(document, '/paths/~1sensors/post/parameters')).toBeUndefined();
	});

	test('turns formData parameters into a form body and keeps the path parameter', () => {
		const post = '/paths/~1sensors~1{sensorId}~1photos/post';
		expect(at(document, `${post}/requestBody/content/application~1x-www-form-urlencoded/schema`)).toEqual({
			type: 'object',
			properties: { caption: { type: 'string', maxLength: 80 }, takenAt: { type: 'string', format: 'date-time' } },
			required: ['caption'],
		});
		expect(at(document, `${post}/parameters`)).toEqual([{ name: 'sensorId', in: 'path', required: true, schema: { type: 'string' } }]);
	});

	test('moves x-nullable into the type and examples under content', () => {
		expect(at(document, '/components/schemas/Sensor/properties/reading/type')).toEqual(['number', 'null']);
		expect(at(document, '/paths/~1sensors/get/responses/200/content/application~1json/examples/default/value/1/reading')).toBeNull();
		expect(at(document, '/components/schemas/NewSensor/properties/id/examples')).toEqual(['cucumber-row-4']);
	});

	test.each([
		['/openapi', '/swagger'],
		['/servers/0/url', '/host'],
		['/components/schemas/Sensor/properties/reading/type/1', '/definitions/Sensor/properties/reading/x-nullable'],
		['/paths/~1sensors/post/requestBody/content/application~1json/schema/$ref', '/paths/~1sensors/post/parameters/0/schema/$ref'],
		['/paths/~1sensors/post/requestBody/required', '/paths/~1sensors/post/parameters/0/required'],
		['/paths/~1sensors/get/parameters/0/schema/maximum', '/paths/~1sensors/get/parameters/0/maximum'],
		['/paths/~1sensors~1{sensorId}~1photos/post/parameters/0/schema', '/paths/~1sensors~1{sensorId}~1photos/post/parameters/0'],
		[
			'/paths/~1sensors~1{sensorId}~1photos/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/caption/maxLength',
			'/paths/~1sensors~1{sensorId}~1photos/post/parameters/1/maxLength',
		],
		['/paths/~1sensors/get/responses/200/content/application~1json/examples/default/value/1/reading', '/paths/~1sensors/get/responses/200/examples/application~1json/1/reading'],
		['/paths/~1sensors/post/responses/201/content/application~1json/schema/$ref', '/paths/~1sensors/post/responses/201/schema/$ref'],
		['/components/schemas/NewSensor/properties/id/examples/0', '/definitions/NewSensor/properties/id/example'],
	])('maps %s back to %s', (pointer, original) => {
		expect(upgraded.originalPointer(pointer)).toBe(original);
		expect(at(source.value, original)).toBeDefined();
	});

	test('reports a mapped pointer at the line of the original body parameter', () => {
		const pointer = upgraded.originalPointer('/paths/~1sensors/post/requestBody/content/application~1json/schema/$ref');
		expect(source.locate(pointerTokens(pointer))).toEqual({ line: 59, column: 13 });
	});
});

describe('an OpenAPI 3.0 document', () => {
	const { source, upgraded } = fixture('field-notes.yaml');
	const { document } = upgraded;

	test('turns nullable into a type union or an anyOf with null, and boolean exclusiveMinimum into a number', () => {
		expect(at(document, '/components/schemas/Note/properties/dueDate')).toEqual({ type: ['string', 'null'], format: 'date' });
		expect(at(document, '/components/schemas/Note/properties/reviewer')).toEqual({ anyOf: [{ $ref: '#/components/schemas/Person' }, { type: 'null' }] });
		expect(at(document, '/components/schemas/Note/properties/id')).toEqual({ type: 'integer', exclusiveMinimum: 0 });
	});

	test('keeps the examples valid: they hold null where the 3.0 schema said nullable', () => {
		const ajv = new Ajv2020({ strict: false });
		// The formats the schemas use (`date`) are checked too.
		addFormats(ajv);
		ajv.addSchema({ components: document['components'] }, 'notes');
		const validate = ajv.compile({ $ref: 'notes#/components/schemas/Note' });
		const example = at(document, '/paths/~1notes/get/responses/200/content/application~1json/examples/default/value/0');
		expect(validate(example)).toBe(true);
		expect(validate({ id: 0, text: 'x', dueDate: null, reviewer: null })).toBe(false);
	});

	test('leaves the document as written untouched', () => {
		expect((source.value as Record<string, unknown>)['openapi']).toBe('3.0.3');
		expect(at(source.value, '/components/schemas/Note/properties/dueDate/nullable')).toBe(true);
	});

	test.each([
		['/components/schemas/Note/properties/dueDate/type/1', '/components/schemas/Note/properties/dueDate/nullable'],
		['/components/schemas/Note/properties/dueDate/type/0', '/components/schemas/Note/properties/dueDate/type'],
		['/components/schemas/Note/properties/reviewer/anyOf/0/$ref', '/components/schemas/Note/properties/reviewer/allOf/0/$ref'],
		['/components/schemas/Note/properties/reviewer/anyOf/1/type', '/components/schemas/Note/properties/reviewer/nullable'],
		['/components/schemas/Note/properties/id/exclusiveMinimum', '/components/schemas/Note/properties/id/exclusiveMinimum'],
		['/paths/~1notes/get/responses/200/content/application~1json/examples/default/value/0/dueDate', '/paths/~1notes/get/responses/200/content/application~1json/example/0/dueDate'],
		['/components/schemas/NewNote/properties/text/examples/0', '/components/schemas/NewNote/properties/text/example'],
		['/paths/~1notes/post/requestBody/content/application~1json/examples/dated/value/dueDate', '/paths/~1notes/post/requestBody/content/application~1json/examples/dated/value/dueDate'],
		['/paths/~1notes/get/x-nowhere/deeper', '/paths/~1notes/get'],
	])('maps %s back to %s', (pointer, original) => {
		expect(upgraded.originalPointer(pointer)).toBe(original);
	});

	test('reports a problem of the upgraded form at file:line:col of the 3.0 file', () => {
		const pointer = upgraded.originalPointer('/components/schemas/Note/properties/dueDate/type/1');
		expect(`${source.file}:${Object.values(source.locate(pointerTokens(pointer))).join(':')} ${pointer}`).toBe(
			'tests/fixtures/api-versions/openapi/field-notes.yaml:127:11 /components/schemas/Note/properties/dueDate/nullable',
		);
	});
});

test('takes a 3.1 document as it is', () => {
	const { source, upgraded } = fixture('tasks.yaml');
	expect(upgraded.document).toBe(source.value);
	expect(upgraded.originalPointer('#/paths/~1tasks/get')).toBe('/paths/~1tasks/get');
});

test.each([
	[{ swagger: '1.2' }, 'Swagger 1.2 is not supported; this site reads Swagger 2.0 and OpenAPI 3.0 and 3.1'],
	[{ openapi: '3.2.0' }, 'OpenAPI 3.2.0 is not supported; this site reads Swagger 2.0 and OpenAPI 3.0 and 3.1'],
	[{ asyncapi: '3.0.0' }, 'not an API description: neither an `openapi` nor a `swagger` field is present'],
	[['a list'], 'not an API description: the file does not hold an object'],
])('names what is wrong with a document that is not a supported version', (value, error) => {
	expect(detectVersion(value)).toMatchObject({ error });
});

test('follows OpenAPI 3.0.3 on nullable enums (null only when listed) and drops a false exclusiveMaximum', () => {
	const { document } = upgradeDocument({
		openapi: '3.0.3',
		info: { title: 'Edge cases', version: '1' },
		paths: {},
		components: {
			schemas: {
				Colour: { type: 'string', enum: ['red', 'green'], nullable: true },
				Load: { type: 'number', minimum: 1, exclusiveMinimum: true, maximum: 5, exclusiveMaximum: false },
				Either: { oneOf: [{ nullable: true }, { $ref: '#/components/schemas/Colour' }] },
			},
		},
	});
	expect(at(document, '/components/schemas')).toEqual({
		Colour: { type: ['string', 'null'], enum: ['red', 'green'] },
		Load: { type: 'number', exclusiveMinimum: 1, maximum: 5 },
		Either: { oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/Colour' }] },
	});
});

describe('nullable beside oneOf and anyOf', () => {
	const original = {
		openapi: '3.0.3',
		info: { title: 'Unions', version: '1' },
		paths: {},
		components: {
			schemas: {
				State: { nullable: true, oneOf: [{ type: 'string' }, { type: 'integer' }] },
				Size: { nullable: true, anyOf: [{ type: 'integer' }, { type: 'null' }] },
				Free: { nullable: true, description: 'Anything.' },
				Flags: { type: 'object', properties: { nullable: { type: 'boolean' } }, example: { nullable: true } },
			},
		},
	};
	const snapshot = structuredClone(original);
	const upgraded = upgradeDocument(original);
	const schemas = at(upgraded.document, '/components/schemas') as Record<string, object>;

	test('becomes the 3.1 union with a null arm, leaving the document as written unchanged', () => {
		expect(schemas).toEqual({
			State: { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] },
			Size: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
			Free: { description: 'Anything.' },
			Flags: { type: 'object', properties: { nullable: { type: 'boolean' } }, examples: [{ nullable: true }] },
		});
		expect(original).toEqual(snapshot);
		const ajv = new Ajv2020({ strict: true });
		const validate = ajv.compile(schemas['State']!);
		expect([null, 'on', 3, true].map((value) => validate(value))).toEqual([true, true, true, false]);
	});

	test('traces the null arm back to the nullable it came from', () => {
		expect(upgraded.originalPointer('/components/schemas/State/oneOf/2/type')).toBe('/components/schemas/State/nullable');
		expect(upgraded.originalPointer('/components/schemas/State/oneOf/1/type')).toBe('/components/schemas/State/oneOf/1/type');
	});
});

import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FieldError } from './problem-details.ts';
import { bodyKey, type OperationSpec } from './request-validation.ts';

/**
 * Compiles the request body schemas of every operation (keyed by {@link bodyKey}) with Ajv (JSON Schema 2020-12, the dialect
 * of OpenAPI 3.1) and ajv-formats. `strict: false` because OpenAPI schemas carry keywords Ajv does
 * not know (`example`, `discriminator` without Ajv's own rules, `x-…` extensions).
 */
export function compileBodySchemas(specs: readonly OperationSpec[]): Map<string, (value: unknown) => FieldError[]> {
	const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
	addFormats(ajv);
	const validators = new Map<string, (value: unknown) => FieldError[]>();
	for (const spec of specs) {
		for (const [mediaType, { schema }] of Object.entries(spec.body?.content ?? {})) {
			const validate = ajv.compile(schema);
			validators.set(bodyKey(spec, mediaType), (value) => (validate(value) ? [] : fieldErrors(validate)));
		}
	}
	return validators;
}

/** Ajv's errors as one entry per failing field, in words a device developer can act on. */
function fieldErrors(validate: ValidateFunction): FieldError[] {
	const seen = new Set<string>();
	const result: FieldError[] = [];
	for (const error of validate.errors ?? []) {
		// `if`/`then` and `oneOf` restate a failure already reported by the keyword that caused it.
		if (error.keyword === 'if' || error.keyword === 'oneOf' || error.keyword === 'allOf') continue;
		const field = describe(error);
		const key = `${field.pointer} ${field.detail}`;
		if (seen.has(key)) continue;
		seen.add(key);
		result.push(field);
	}
	return result;
}

function describe(error: ErrorObject): FieldError {
	const params = error.params as Record<string, unknown>;
	const pointer = error.instancePath;
	switch (error.keyword) {
		case 'required':
			// A conditional requirement (`if` failed → `then: required`) says why in its description.
			if (error.schemaPath.includes('/then/') && typeof error.parentSchema?.['description'] === 'string') {
				return { pointer: `${pointer}/${escape(String(params['missingProperty']))}`, detail: error.parentSchema['description'] };
			}
			return { pointer: `${pointer}/${escape(String(params['missingProperty']))}`, detail: 'This required field is missing.' };
		case 'additionalProperties':
			return {
				pointer: `${pointer}/${escape(String(params['additionalProperty']))}`,
				detail: 'This field is not part of the schema; remove it or check its spelling.',
			};
		case 'const':
			return { pointer, detail: `Must be ${JSON.stringify(params['allowedValue'])}.` };
		case 'enum':
			return {
				pointer,
				detail: `Must be one of ${(params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ')}.`,
			};
		case 'type':
			return { pointer, detail: `Must be of type ${String(params['type']).replace(/,/g, ' or ')}.` };
		case 'format':
			return { pointer, detail: `Must be a valid ${String(params['format'])}.` };
		case 'pattern':
			return { pointer, detail: `Must match the pattern ${String(params['pattern'])}.` };
		default:
			return { pointer, detail: `${error.message ?? 'Is invalid'}.`.replace(/^must/, 'Must') };
	}
}

/** Escapes a property name for a JSON pointer (RFC 6901). */
function escape(name: string): string {
	return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Whether a string meets the string keywords of a schema (`pattern`, `format`, `minLength`,
 * `maxLength`), with the formats Ajv checks the mock's bodies with: a candidate for a generated
 * string is kept only if the body's own validator would accept it.
 */
let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

export function matchesStringKeywords(schema: Record<string, unknown>, candidate: string): boolean {
	const keywords: Record<string, unknown> = { type: 'string' };
	for (const key of ['pattern', 'format', 'minLength', 'maxLength']) if (key in schema) keywords[key] = schema[key];
	const key = JSON.stringify(keywords);
	let validate = compiled.get(key);
	if (!validate) {
		if (!ajv) {
			ajv = new Ajv2020({ strict: false, logger: false });
			addFormats(ajv);
		}
		// A pattern Ajv cannot compile fails every candidate; the body then says why in its warning.
		try {
			validate = ajv.compile(keywords);
		} catch {
			validate = Object.assign(() => false, { errors: null }) as unknown as ValidateFunction;
		}
		compiled.set(key, validate);
	}
	return validate(candidate);
}

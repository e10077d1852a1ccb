import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FencedBlock } from './markdown-code.ts';
import type { ApiDocument } from '#shared/node/openapi/documents.ts';
import { isObject } from '#shared/openapi/json.ts';
import { MANAGEMENT_API_ID } from '#shared/openapi/mock-path.ts';
import type { Problem } from '#shared/problems.ts';
import { parseYamlSource } from '#shared/yaml-source.ts';
import '../problem-codes.ts'; // declares the codes reported here, with their default fixes

/**
 * Validates the examples of specification pages against the API documents' component schemas.
 * An example declares its schema on the fence: ```` ```json schema=DeviceCapabilities ````
 * (or `schema=<document-id>#Name` when two documents define the name and neither is the management
 * API, whose name a bare one means). JSON and YAML blocks are
 * checked whole; an `http` block's body is checked, as JSON or as a form.
 */
export class ExampleChecker {
	private readonly ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true });
	private readonly compiled = new Map<string, ValidateFunction>();
	private readonly owners = new Map<string, string[]>();

	constructor(documents: readonly ApiDocument[]) {
		addFormats.default(this.ajv);
		for (const { id, document } of documents) {
			const schemas =
				isObject(document['components']) && isObject(document['components']['schemas']) ? document['components']['schemas'] : {};
			// Only the schemas, under the document's id, so `#/components/schemas/X` resolves inside it.
			this.ajv.addSchema({ components: { schemas } }, id);
			for (const name of Object.keys(schemas)) this.owners.set(name, [...(this.owners.get(name) ?? []), id]);
		}
	}

	/** Names an example may declare. */
	get schemaNames(): string[] {
		return [...this.owners.keys()].sort();
	}

	/** Problems of one block that declares `schema=`; `file` is for the report. */
	check(file: string, block: FencedBlock): Problem[] {
		const declared = block.meta['schema'] ?? '';
		const at = { file, line: block.line, column: block.column };
		const problem = (
			code: 'unknown-schema' | 'ambiguous-schema' | 'unsupported-language' | 'syntax' | 'schema-unusable' | 'schema-mismatch',
			message: string,
			hint?: string,
			where = at,
			path?: string,
		): Problem => ({
			code: `examples/${code}`,
			...where,
			...(path ? { path } : {}),
			message,
			...(hint ? { hint } : {}),
		});
		const owners = this.owners.get(declared) ?? [];
		if (!declared.includes('#') && owners.length > 1 && !owners.includes(MANAGEMENT_API_ID)) {
			return [
				problem(
					'ambiguous-schema',
					`\`schema=${declared}\` is defined by ${owners.length} API documents: ${owners.join(', ')}`,
					`name the document: ${owners.map((id) => `\`schema=${id}#${declared}\``).join(' or ')}`,
				),
			];
		}
		const [docId, name] = declared.includes('#') ? declared.split('#', 2) : [ownerOf(owners), declared];
		if (!name || !docId || !this.owners.get(name)?.includes(docId)) {
			return [
				problem(
					'unknown-schema',
					`\`schema=${declared}\` names no schema of the API documents`,
					`use one of: ${this.schemaNames.join(', ')}`,
				),
			];
		}
		if (!['json', 'yaml', 'yml', 'http'].includes(block.lang)) {
			return [
				problem(
					'unsupported-language',
					`a \`${block.lang || 'plain'}\` block cannot declare a schema`,
					'mark a `json`, `yaml` or `http` block',
				),
			];
		}
		const body = block.lang === 'http' ? httpBody(block.body) : { text: block.body, offset: 0, form: false };
		const firstLine = block.line + 1 + body.offset;
		const source = parseYamlSource(body.text, firstLine - 1);
		if (source.errors.length) {
			return source.errors.map((e) =>
				problem('syntax', `the example is not valid ${block.lang === 'yaml' ? 'YAML' : 'JSON'}: ${e.message}`, undefined, {
					file,
					line: e.line,
					column: e.column,
				}),
			);
		}
		const value = body.form ? Object.fromEntries(new URLSearchParams(body.text.trim())) : source.value;
		let validate: ValidateFunction;
		try {
			validate = this.validator(docId, name);
		} catch (error) {
			return [
				problem(
					'schema-unusable',
					`schema ${name} cannot be used: ${(error as Error).message}`,
					`fix the problems reported for the document ${docId}`,
				),
			];
		}
		if (validate(value)) return [];
		return relevant(validate.errors ?? []).map((error) => {
			const { tokens, message } = describe(error);
			const where = body.form ? { file, line: firstLine, column: 1 } : { file, ...source.locate(tokens) };
			return problem(
				'schema-mismatch',
				`does not match ${name}: ${message}`,
				'make the example and the schema agree: fix whichever contradicts the specification',
				where,
				`/${tokens.join('/')}`,
			);
		});
	}

	private validator(docId: string, name: string): ValidateFunction {
		const key = `${docId}#/components/schemas/${name}`;
		let validate = this.compiled.get(key);
		if (!validate) this.compiled.set(key, (validate = this.ajv.compile({ $ref: key })));
		return validate;
	}
}

/**
 * The document a bare schema name refers to: the management API's when it defines the name (the
 * specification's pages describe it, and a third-party document defining the same name changes
 * nothing for them), else the only document that does.
 */
function ownerOf(owners: readonly string[]): string | undefined {
	return owners.includes(MANAGEMENT_API_ID) ? MANAGEMENT_API_ID : owners.length === 1 ? owners[0] : undefined;
}

/** The body of an HTTP message: after the first empty line. */
function httpBody(text: string): { text: string; offset: number; form: boolean } {
	const lines = text.split('\n');
	const blank = lines.findIndex((line) => !line.trim());
	const head = lines.slice(0, Math.max(blank, 0)).join('\n');
	return {
		text: blank < 0 ? '' : lines.slice(blank + 1).join('\n'),
		offset: blank + 1,
		form: /content-type:\s*application\/x-www-form-urlencoded/i.test(head),
	};
}

/** Drops summary errors (`oneOf`, `if`) when the errors they summarise are listed too. */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
	const specific = errors.filter((e) => !['if', 'oneOf', 'anyOf', 'allOf'].includes(e.keyword));
	return specific.length ? specific : [...errors];
}

function describe(error: ErrorObject): { tokens: (string | number)[]; message: string } {
	const tokens = error.instancePath
		.split('/')
		.slice(1)
		.map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
		.map((t) => (/^\d+$/.test(t) ? Number(t) : t));
	const params = error.params as Record<string, unknown>;
	switch (error.keyword) {
		case 'required':
			return { tokens: [...tokens, String(params['missingProperty'])], message: 'required field is missing' };
		case 'additionalProperties':
			return { tokens: [...tokens, String(params['additionalProperty'])], message: 'field is not allowed here' };
		case 'enum':
			return { tokens, message: `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
		case 'const':
			return { tokens, message: `must be ${JSON.stringify(params['allowedValue'])}` };
		default:
			return { tokens, message: error.message ?? error.keyword };
	}
}

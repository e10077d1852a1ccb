import type { FieldError } from './problem-details.ts';

/** One operation of the API document, as the mock needs it (see `node/api-operations.ts`). */
export interface OperationSpec {
	operationId: string;
	/** Upper-case HTTP method. */
	method: string;
	/** OpenAPI path template relative to the API base, e.g. `/clients/{clientId}/capabilities`. */
	path: string;
	/** Needs `Authorization: Bearer`. */
	authenticated: boolean;
	/** The body carries Content-Digest and an RFC 9421 signature (`x-margo-signed`). */
	signed: boolean;
	body?: {
		required: boolean;
		/** Media type → the component name and dereferenced JSON schema of the body. */
		content: Record<string, { name: string; schema: Record<string, unknown> }>;
	};
}

/** Checks a parsed request body; resolves to every failing field (empty when valid). */
type BodyValidator = (value: unknown) => Promise<FieldError[]>;

export interface CompiledOperation extends OperationSpec {
	validators: Record<string, { name: string; validate: BodyValidator }>;
}

/**
 * The operations with a validator for each request body. Ajv (`body-schemas.ts`) loads and
 * compiles every schema on the first body to check, not before: a page that starts the mock
 * but sends no body (most visits of the playground and the reference) never downloads it.
 */
export function compileOperations(specs: readonly OperationSpec[]): CompiledOperation[] {
	let compiled: Promise<Map<string, (value: unknown) => FieldError[]>> | undefined;
	const schemas = () => (compiled ??= import('./body-schemas.ts').then((module) => module.compileBodySchemas(specs)));
	return specs.map((spec) => {
		const validators: CompiledOperation['validators'] = {};
		for (const [mediaType, { name }] of Object.entries(spec.body?.content ?? {})) {
			const key = bodyKey(spec, mediaType);
			validators[mediaType] = { name, validate: async (value) => (await schemas()).get(key)!(value) };
		}
		return { ...spec, validators };
	});
}

/** Identifies the schema of one media type of one operation. */
export function bodyKey(spec: OperationSpec, mediaType: string): string {
	return `${spec.method} ${spec.path} ${mediaType}`;
}

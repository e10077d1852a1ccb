import type { ValidateFunction } from 'ajv/dist/2020.js';
import { resolve, type Operation } from '#shared/openapi/operations.ts';
import type { JsonObject } from '#shared/openapi/json.ts';
import { describeErrors, type DocumentSchemas } from './document-schemas.ts';
import type { GenericProblem, RequestError } from './problems.ts';

/**
 * Checks a request against its operation before the mock answers: path, query, header and
 * cookie parameters, then the body's content type and the body against its schema. Returns the
 * problem response of the first part that fails (with every error of that part), else undefined.
 */

/** What the checks compile for one operation, kept between requests. */
export interface OperationChecks {
	parameters: { parameter: JsonObject; validate?: ValidateFunction; array: boolean }[];
	bodies: Map<string, ValidateFunction | undefined>;
}

export function compileChecks(document: JsonObject, operation: Operation, schemas: DocumentSchemas): OperationChecks {
	const parameters = operation.parameters.map((parameter) => {
		const schema = parameter['schema'];
		if (schema === undefined) return { parameter, array: false };
		const top = resolve(document, schema);
		const type = typeof top === 'object' && top !== null && !Array.isArray(top) ? top['type'] : undefined;
		const array = type === 'array' || (Array.isArray(type) && type.includes('array'));
		// Wrapped in an object: Ajv can coerce a property in place, not the root value.
		return { parameter, array, validate: schemas.compile({ type: 'object', properties: { value: schema } }, true) };
	});
	const bodies = new Map<string, ValidateFunction | undefined>();
	const content = operation.requestBody?.['content'];
	for (const [mediaType, media] of Object.entries(
		typeof content === 'object' && content !== null && !Array.isArray(content) ? content : {},
	)) {
		const schema = (media as JsonObject | null)?.['schema'];
		const form = /^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(mediaType);
		bodies.set(mediaType.toLowerCase(), schema === undefined ? undefined : schemas.compile(schema, form));
	}
	return { parameters, bodies };
}

export interface RequestContext {
	request: Request;
	body: Uint8Array;
	instance: string;
	operation: Operation;
	params: Record<string, string>;
	checks: OperationChecks;
	/** Builds the problem responses (with the site's base in their `type`). */
	problem: GenericProblem;
}

export async function checkRequest(context: RequestContext): Promise<Response | undefined> {
	return checkParameters(context) ?? checkBody(context);
}

function checkParameters({ request, instance, params, checks, problem }: RequestContext): Response | undefined {
	const url = new URL(request.url);
	const cookies = new Map((request.headers.get('cookie') ?? '').split(';').map((pair) => pair.trim().split('=') as [string, string]));
	const errors: RequestError[] = [];
	for (const { parameter, validate, array } of checks.parameters) {
		const name = String(parameter['name']);
		const where = String(parameter['in']) as 'path' | 'query' | 'header' | 'cookie';
		let raw: string | string[] | undefined;
		if (where === 'path') raw = params[name];
		else if (where === 'header') raw = request.headers.get(name) ?? undefined;
		else if (where === 'cookie') raw = cookies.get(name);
		else if (where === 'query') {
			const all = url.searchParams.getAll(name);
			raw = all.length === 0 ? undefined : all.length === 1 ? all[0] : all;
		}
		if (raw === undefined) {
			if (parameter['required'] === true)
				errors.push({ in: where, parameter: name, detail: `The required ${where} parameter ${name} is missing.` });
			continue;
		}
		if (!validate) continue;
		// Arrays sent as one value are comma-separated (form with explode: false, simple style).
		if (array && typeof raw === 'string' && (where !== 'query' || parameter['explode'] === false)) raw = raw.split(',');
		const data = { value: raw };
		if (validate(data)) continue;
		for (const { pointer, detail } of describeErrors(validate.errors)) {
			const inner = pointer.replace(/^\/value/, '');
			errors.push({ in: where, parameter: name, ...(inner ? { pointer: inner } : {}), detail });
		}
	}
	if (errors.length === 0) return undefined;
	const count = `${errors.length} parameter problem${errors.length === 1 ? '' : 's'}`;
	return problem('invalid-request', { instance, detail: `${count}: see errors.`, errors });
}

async function checkBody({ request, body, instance, operation, checks, problem }: RequestContext): Promise<Response | undefined> {
	const accepted = [...checks.bodies.keys()];
	const given = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	const label = `${operation.method.toUpperCase()} ${operation.path}`;
	if (accepted.length === 0) {
		if (body.length === 0) return undefined;
		return problem('unsupported-media-type', { instance, detail: `${label} takes no request body.` });
	}
	if (body.length === 0) {
		if (operation.requestBody?.['required'] !== true) return undefined;
		return problem('invalid-request', {
			instance,
			detail: `${label} needs a request body; send ${accepted.join(' or ')}.`,
			errors: [{ in: 'body', pointer: '', detail: 'The body is missing.' }],
		});
	}
	const mediaType =
		accepted.find((type) => type === given) ?? accepted.find((type) => type === `${given.split('/')[0]}/*` || type === '*/*');
	if (mediaType === undefined) {
		return problem('unsupported-media-type', {
			instance,
			detail: `${given ? `The content type ${given} is not accepted` : 'The request has no Content-Type header'}; send ${accepted.join(' or ')}.`,
			headers: { [`accept-${operation.method}`]: accepted.join(', ') },
		});
	}
	const validate = checks.bodies.get(mediaType);
	const parsed = await parseBody(request, body, given);
	if (parsed && 'error' in parsed) return problem('invalid-json', { instance, detail: parsed.error });
	if (!validate || !parsed || validate(parsed.value)) return undefined;
	const errors = describeErrors(validate.errors).map((error) => ({ in: 'body' as const, ...error }));
	return problem('invalid-request', {
		instance,
		detail: `${errors.length} field${errors.length === 1 ? '' : 's'} of the body ${errors.length === 1 ? 'is' : 'are'} invalid.`,
		errors,
	});
}

/** The body as a value to validate, or why it cannot be read; undefined for a type the mock does not read. */
async function parseBody(
	request: Request,
	body: Uint8Array,
	mediaType: string,
): Promise<{ value: unknown } | { error: string } | undefined> {
	const text = new TextDecoder().decode(body);
	if (/[/+]json$/.test(mediaType)) {
		try {
			return { value: JSON.parse(text) as unknown };
		} catch (error) {
			return { error: `The body is not valid JSON: ${(error as Error).message}.` };
		}
	}
	if (mediaType === 'application/x-www-form-urlencoded') return { value: formObject(new URLSearchParams(text)) };
	if (mediaType === 'multipart/form-data') return { value: formObject(await request.clone().formData()) };
	if (mediaType.startsWith('text/')) return { value: text };
	return undefined;
}

/** Form fields as an object; a repeated field becomes an array and a file its name. */
function formObject(form: Iterable<[string, string | { name: string }]>): Record<string, string | string[]> {
	const value: Record<string, string | string[]> = {};
	for (const [key, entry] of form) {
		const text = typeof entry === 'string' ? entry : entry.name;
		const existing = value[key];
		value[key] = existing === undefined ? text : [...(Array.isArray(existing) ? existing : [existing]), text];
	}
	return value;
}

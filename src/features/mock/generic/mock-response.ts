import { sample } from 'openapi-sampler';
import { jsonText } from '../core/json-response.ts';
import { resolve, type Operation } from '#shared/openapi/operations.ts';
import type { Json, JsonObject } from '#shared/openapi/json.ts';
import type { MockPreferences } from './prefer.ts';
import type { GenericProblem } from './problems.ts';
import { validBody, type BodyValidator, type GeneratedBody } from './valid-body.ts';

/**
 * The answer to a request that passed the checks: the operation's first 2xx response (or the one
 * `Prefer: code=` names), its body the first named example (or the one `Prefer: example=` names),
 * else the media type's `example`, else a body generated from the schema by openapi-sampler.
 */
export function mockResponse(
	{ document, validatorFor, problem }: BodySource & { problem: GenericProblem },
	operation: Operation,
	request: Request,
	preferences: MockPreferences,
	instance: string,
): Response {
	const chosen = chooseResponse(operation, preferences.code);
	if ('error' in chosen)
		return problem('unknown-preference', { instance, detail: chosen.error, extensions: { documented: chosen.documented } });
	const { status, response } = chosen;
	const headers = new Headers(responseHeaders(document, response));
	const applied: string[] = preferences.code ? [`code=${preferences.code}`] : [];
	const content = asObject(response['content']);
	const mediaType = chooseMediaType(Object.keys(content), request.headers.get('accept'));
	let body: string | null = null;
	if (mediaType !== undefined) {
		const media = asObject(content[mediaType]);
		const examples = Object.entries(asObject(media['examples'])).map(([name, example]): [string, JsonObject] => [
			name,
			asObject(resolve(document, example)),
		]);
		let value: unknown;
		if (preferences.example !== undefined) {
			const named = examples.find(([name]) => name === preferences.example);
			if (!named) {
				const names = examples.map(([name]) => name);
				const detail = `The ${status} response (${mediaType}) has no example named ${preferences.example}; ${names.length ? `its examples are: ${names.join(', ')}` : 'it has no named examples'}.`;
				return problem('unknown-preference', { instance, detail, extensions: { examples: names } });
			}
			value = named[1]['value'];
			applied.push(`example=${preferences.example}`);
		} else {
			const first = examples.find(([, example]) => 'value' in example);
			if (first) value = first[1]['value'];
			else if ('example' in media) value = media['example'];
			else if (!isTextual(mediaType)) {
				// No bytes of a gzip archive or an image can be made up from a schema: an empty body, said so.
				value = '';
				headers.set(MOCK_WARNING, `no example of ${mediaType} is documented; the body is empty`);
			} else {
				const generated = generateBody(document, media['schema'], validatorFor);
				value = generated.value;
				if (generated.warning) headers.set(MOCK_WARNING, generated.warning);
			}
		}
		headers.set('content-type', mediaType);
		body = typeof value === 'string' && !/[/+]json$/.test(mediaType) ? value : jsonText(value);
	}
	if (applied.length) headers.set('preference-applied', applied.join(', '));
	// 204 and 304 carry no body, whatever the document says.
	return new Response(status === 204 || status === 304 ? null : body, { status, headers });
}

/** The header that says a body is not what the document describes (empty, or not valid against its schema). */
const MOCK_WARNING = 'margo-mock-warning';

/** The document and a (cached) validator of its schemas, to check generated bodies. */
export interface BodySource {
	document: JsonObject;
	validatorFor?: (schema: Json) => BodyValidator;
}

/**
 * A body for a schema: openapi-sampler, following the document's `$ref`s, with write-only fields
 * left out of responses; with a validator, repaired until it is valid (`valid-body.ts`), else
 * with a warning saying why it is not.
 */
export function generateBody(document: JsonObject, schema: Json | undefined, validatorFor?: BodySource['validatorFor']): GeneratedBody {
	if (schema === undefined) return { value: undefined };
	if (!validatorFor) return { value: sample(schema as never, { skipWriteOnly: true, quiet: true, enablePatterns: true }, document) };
	return validBody(document, schema, validatorFor);
}

/** {@link generateBody}'s value alone: for header values, which have no place for a warning. */
export function generate(document: JsonObject, schema: Json | undefined, validatorFor?: BodySource['validatorFor']): unknown {
	return generateBody(document, schema, validatorFor).value;
}

/** JSON, text, XML and forms are written from a value; any other type is bytes the mock cannot make up. */
function isTextual(mediaType: string): boolean {
	return /[/+](json|xml)$|^text\/|^application\/x-www-form-urlencoded$|^\*\/\*$/i.test(mediaType);
}

function chooseResponse(
	operation: Operation,
	code: string | undefined,
): { status: number; response: JsonObject } | { error: string; documented: string[] } {
	const documented = operation.responses.map(([key]) => key);
	const numeric = (key: string, fallback: number) =>
		/^\d{3}$/.test(key) ? Number(key) : /^[1-5]XX$/i.test(key) ? Number(`${key[0]}00`) : fallback;
	if (code !== undefined) {
		const found =
			operation.responses.find(([key]) => key === code) ??
			operation.responses.find(([key]) => key.toUpperCase() === `${code[0]}XX`) ??
			operation.responses.find(([key]) => key === 'default');
		if (!found || !/^[1-5]\d\d$/.test(code)) {
			return {
				error: `${operation.method.toUpperCase()} ${operation.path} documents no ${code} response; it documents ${documented.join(', ')}.`,
				documented,
			};
		}
		return { status: Number(code), response: found[1] };
	}
	const found =
		operation.responses.find(([key]) => /^2(\d\d|XX)$/i.test(key)) ??
		operation.responses.find(([key]) => key === 'default') ??
		operation.responses[0];
	if (!found) return { status: 204, response: {} };
	return { status: numeric(found[0], 200), response: found[1] };
}

/** The first documented media type the client accepts, else the first documented one. */
function chooseMediaType(types: readonly string[], accept: string | null): string | undefined {
	const ranges = (accept ?? '')
		.split(',')
		.map((range) => range.split(';')[0]!.trim().toLowerCase())
		.filter(Boolean);
	for (const range of ranges) {
		const found = types.find(
			(type) =>
				range === '*/*' || range === type.toLowerCase() || (range.endsWith('/*') && type.toLowerCase().startsWith(range.slice(0, -1))),
		);
		if (found) return found;
	}
	return types[0];
}

/** The documented response headers, with their example or a generated value. */
function responseHeaders(document: JsonObject, response: JsonObject): [string, string][] {
	const headers: [string, string][] = [];
	for (const [name, raw] of Object.entries(asObject(response['headers']))) {
		const header = asObject(resolve(document, raw));
		if (name.toLowerCase() === 'content-type') continue;
		const named = Object.values(asObject(header['examples']))
			.map((example) => asObject(resolve(document, example)))
			.find((example) => 'value' in example);
		const value = named ? named['value'] : 'example' in header ? header['example'] : generate(document, header['schema']);
		if (value !== undefined && value !== null) headers.push([name, typeof value === 'string' ? value : JSON.stringify(value)]);
	}
	return headers;
}

function asObject(value: Json | undefined): JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

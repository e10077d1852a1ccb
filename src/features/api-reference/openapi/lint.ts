import { createConfig, getLineColLocation, lintFromString, type Config, type NormalizedProblem } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dereference, isObject, type Json, type JsonObject } from '#shared/openapi/json.ts';
import type { Problem } from '#shared/problems.ts';
import { parseYamlSource, type YamlSource } from '#shared/yaml-source.ts';

/**
 * Checks an API document with Redocly's OpenAPI linter (a maintained validator): structure,
 * `$ref` resolution and every example against its schema with JSON Schema 2020-12. Two checks
 * are ours because Redocly has none: the `openapi` version the site supports, and examples of
 * response headers. Each problem names the file, line and JSON pointer.
 */

/** Redocly's strict recommended rules, less those that contradict how this project writes APIs. */
const RULES = {
	extends: ['recommended-strict'],
	rules: {
		// The servers are examples on purpose: there is no public orchestrator to point at.
		'no-server-example.com': 'off',
		// Downloading the root CA has no client error to describe.
		'operation-4xx-response': 'off',
		// Reports a field required by `then` as undefined although the schema around it defines it.
		'no-required-schema-properties-undefined': 'off',
		// The working group has not chosen a license for the API documents yet.
		'info-license': 'off',
		'info-license-strict': 'off',
	},
} as const;

let config: Promise<Config> | undefined;

/** All problems of one API document (`file` relative to `root`). */
export async function lintApiDocument(root: string, file: string): Promise<Problem[]> {
	const text = readFileSync(join(root, file), 'utf8');
	const source = parseYamlSource(text);
	const problem = (code: string, at: { line: number; column: number }, path: string | undefined, message: string): Problem => ({
		code: `openapi/${code}`,
		file,
		...at,
		...(path === undefined ? {} : { path }),
		message,
	});
	if (source.errors.length) return source.errors.map(({ message, ...at }) => problem('yaml-syntax', at, undefined, message));

	const version = isObject(source.value) ? source.value['openapi'] : undefined;
	if (typeof version !== 'string' || !/^3\.1\.\d+$/.test(version)) {
		const message =
			version === undefined
				? 'not an OpenAPI document: the `openapi` field is missing'
				: `OpenAPI ${String(version)} is not supported; this site reads OpenAPI 3.1.x`;
		return [problem('unsupported-version', source.locate(['openapi']), '/openapi', message)];
	}

	config ??= createConfig(RULES as never);
	const found = await lintFromString({ source: text, absoluteRef: join(root, file), config: await config });
	return [
		...found.filter((p) => !p.ignored).map((p) => fromRedocly(p, source, problem)),
		...headerExampleProblems(source.value as JsonObject).map(({ pointer, message }) =>
			problem('header-example', source.locate(pointerTokens(pointer)), pointer, message),
		),
	];
}

function fromRedocly(
	found: NormalizedProblem,
	source: YamlSource,
	problem: (code: string, at: { line: number; column: number }, path: string | undefined, message: string) => Problem,
): Problem {
	const location = found.location[0];
	const pointer = location?.pointer?.replace(/^#/, '') || undefined;
	// Redocly's own positions come from its parse tree; fall back to ours for the same pointer.
	const start = location ? getLineColLocation(location).start : undefined;
	const at = start ? { line: start.line, column: start.col } : source.locate(pointerTokens(pointer ?? ''));
	let message = found.message;
	if (found.ruleId === 'no-unresolved-refs' && pointer) {
		const ref = valueAt(source.value as Json, pointerTokens(pointer));
		if (isObject(ref) && typeof ref['$ref'] === 'string') message = `\`$ref: ${ref['$ref']}\` does not resolve`;
	}
	return problem(found.ruleId, at, pointer, message);
}

/** Header objects carry examples too, which no Redocly rule checks. */
function headerExampleProblems(document: JsonObject): { pointer: string; message: string }[] {
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	addFormats.default(ajv);
	const problems: { pointer: string; message: string }[] = [];
	const check = (header: Json, pointer: string) => {
		if (!isObject(header) || !isObject(header['schema'])) return;
		const examples: [string, Json][] = [];
		if ('example' in header) examples.push([`${pointer}/example`, header['example'] as Json]);
		if (isObject(header['examples'])) {
			for (const [name, example] of Object.entries(header['examples'])) {
				if (isObject(example) && 'value' in example) examples.push([`${pointer}/examples/${escape(name)}/value`, example['value'] as Json]);
			}
		}
		const validate = ajv.compile(dereference(document, header['schema']) as object);
		for (const [at, value] of examples) {
			if (validate(value)) continue;
			for (const error of validate.errors ?? []) problems.push({ pointer: at, message: `Example value must conform to the schema: ${error.message ?? 'invalid'}` });
		}
	};
	const headersOf = (response: Json, pointer: string) => {
		if (!isObject(response) || !isObject(response['headers'])) return;
		for (const [name, header] of Object.entries(response['headers'])) check(header, `${pointer}/headers/${escape(name)}`);
	};
	const components = isObject(document['components']) ? document['components'] : {};
	for (const [name, header] of entries(components['headers'])) check(header, `/components/headers/${escape(name)}`);
	for (const [name, response] of entries(components['responses'])) headersOf(response, `/components/responses/${escape(name)}`);
	for (const [path, item] of entries(document['paths'])) {
		for (const [method, operation] of entries(item)) {
			for (const [status, response] of entries(isObject(operation) ? operation['responses'] : undefined)) {
				headersOf(response, `/paths/${escape(path)}/${method}/responses/${status}`);
			}
		}
	}
	return problems;
}

function entries(value: Json | undefined): [string, Json][] {
	return isObject(value) ? Object.entries(value) : [];
}

function escape(token: string): string {
	return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The tokens of a JSON pointer; digits become numbers so they index YAML sequences. */
function pointerTokens(pointer: string): (string | number)[] {
	return pointer
		.split('/')
		.slice(1)
		.map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'))
		.map((t) => (/^\d+$/.test(t) ? Number(t) : t));
}

function valueAt(value: Json, tokens: readonly (string | number)[]): Json | undefined {
	let node: Json | undefined = value;
	for (const token of tokens) node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[String(token)] : undefined;
	return node;
}

import { createConfig, getLineColLocation, lintFromString, type Config } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dereference, isObject, type Json, type JsonObject } from '#shared/openapi/json.ts';
import type { Problem } from '#shared/problems.ts';
import { readApiDocument, type WrittenDocument } from '#shared/node/openapi/documents.ts';
import { pointerTokens, valueAt } from '#shared/openapi/json-pointer.ts';
import { readSourceDocument } from '#shared/openapi/source-document.ts';
import { detectVersion } from '#shared/openapi/upgrade.ts';
import { scanExternalRefs } from '#shared/node/openapi/ref-scan.ts';
import { ContainedResolver } from './contained-resolver.ts';
import { LINT_FIXES } from './lint-fixes.ts';
import '../problem-codes.ts'; // declares the codes reported here, with their default fixes

/**
 * Checks an API document with Redocly's OpenAPI linter (a maintained validator): structure,
 * `$ref` resolution and every example against its schema with JSON Schema 2020-12. Two checks
 * are ours because Redocly has none: the version the site reads (Swagger 2.0, OpenAPI 3.0 and
 * 3.1), and examples of response headers. Each problem names the file, line and JSON pointer of
 * the document as written, also for a document checked in its upgraded 3.1 form.
 */

/** Redocly's strict recommended rules, less those that contradict how this project writes APIs. */
export const RULES = {
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

/** All problems of one API document (`file` relative to `root`), at positions of the file as written. */
export async function lintApiDocument(root: string, file: string): Promise<Problem[]> {
	const text = readFileSync(join(root, file), 'utf8');
	const source = readSourceDocument(file, text);
	const problem = (code: string, at: { line: number; column: number }, path: string | undefined, message: string, hint?: string): Problem => ({
		code: `openapi/${code}`,
		file,
		...at,
		...(path === undefined ? {} : { path }),
		message,
		...(hint ? { hint } : {}),
	});
	if (source.errors.length) return source.errors.map(({ message, code, line, column }) => problem(code ?? 'yaml-syntax', { line, column }, undefined, message));
	const version = detectVersion(source.value);
	if ('error' in version) return [problem('unsupported-version', source.locate(pointerTokens(version.pointer)), version.pointer || undefined, version.error)];

	// References that leave openapi/ or name a URL stop here: neither Redocly nor the loader follows them.
	const refused = scanExternalRefs(root, file, source);
	if (refused.length) return refused;

	config ??= createConfig(RULES as never);
	// A 3.1 document is linted as written (Redocly's positions are exact, and it follows references
	// to other files itself); an older one in its 3.1 form, the form every other part of the site
	// reads, with each pointer mapped back.
	const native = version.sourceVersion === '3.1';
	let written: Pick<WrittenDocument, 'original' | 'upgraded'>;
	try {
		written = native ? asWritten(source.value as JsonObject) : readApiDocument(root, file);
	} catch (error) {
		// Inlining a reference to another file failed: the file or the pointer in it is missing.
		return [problem('no-unresolved-refs', { line: 1, column: 1 }, undefined, (error as Error).message)];
	}
	const { original, upgraded } = written;
	const document = upgraded.document as JsonObject;
	const lintSource = native ? text : JSON.stringify(document);
	const found = (await lintFromString({ source: lintSource, absoluteRef: join(root, file), config: await config, externalRefResolver: new ContainedResolver(root) })).filter((p) => !p.ignored);
	const headers = headerExampleProblems(document);
	const pointers = [
		...found.map((p) => upgraded.originalPointer(p.location[0]?.pointer?.replace(/^#/, '') ?? '')),
		...headers.map(({ pointer }) => upgraded.originalPointer(pointer)),
	];
	// One pass over the text for all positions: GitHub's document has thousands of problems.
	const positions = source.locateMany(pointers.map(pointerTokens));
	const note = native ? undefined : `this ${version.declared} document was checked in its OpenAPI 3.1 form`;
	return [
		...found.map((p, index) => {
			const pointer = pointers[index]!;
			const start = native && p.location[0] ? getLineColLocation(p.location[0]).start : undefined;
			const at = start ? { line: start.line, column: start.col } : positions[index]!;
			let message = p.message;
			if (p.ruleId === 'no-unresolved-refs' && pointer) {
				const ref = valueAt(original, pointerTokens(pointer));
				if (isObject(ref as Json) && typeof (ref as JsonObject)['$ref'] === 'string') message = `\`$ref: ${String((ref as JsonObject)['$ref'])}\` does not resolve`;
			}
			return problem(p.ruleId, at, pointer || undefined, message, p.ruleId === 'struct' ? note : LINT_FIXES[p.ruleId]);
		}),
		...headers.map(({ message }, index) => problem('header-example', positions[found.length + index]!, pointers[found.length + index], message)),
	];
}

/** A 3.1 document is its own 3.1 form. */
function asWritten(value: JsonObject): Pick<WrittenDocument, 'original' | 'upgraded'> {
	return { original: value, upgraded: { declared: String(value['openapi']), sourceVersion: '3.1', document: value, originalPointer: (pointer) => pointer } };
}

/** Header objects carry examples too, which no Redocly rule checks. */
function headerExampleProblems(document: JsonObject): { pointer: string; message: string }[] {
	// No logger: GitHub's description uses formats Ajv does not know (`timestamp`), each printed without a location.
	const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
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

import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isObject, resolvePointer, type Json, type JsonObject } from './json.ts';

export { componentSchemas, dereference, isObject, resolvePointer, type Json, type JsonObject } from './json.ts';

/**
 * Loads the API documents of `openapi/` for the code that consumes them: the reference pages,
 * the mock and the example checks. Every top-level `openapi/*.{yaml,yml,json}` file is one
 * document (and one reference page); shared fragments they `$ref` belong in subfolders.
 *
 * Loading does not check a document: `openapi-lint.ts` does, before the build starts, with
 * file, line and pointer. Here a broken document simply throws.
 */


export interface ApiDocument {
	/** File name without extension: the page slug and download name, e.g. `margo-management-api`. */
	id: string;
	/** Path from the project root, with forward slashes, e.g. `openapi/margo-management-api.yaml`. */
	file: string;
	/** The whole document as one object: references to other files inlined, `#/…` references kept. */
	document: JsonObject;
}

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Paths (from the project root) of the API documents, sorted. */
export function listApiDocuments(root: string): string[] {
	let names: string[];
	try {
		names = readdirSync(join(root, 'openapi'), { withFileTypes: true })
			.filter((entry) => entry.isFile() && EXTENSIONS.has(extname(entry.name)))
			.map((entry) => entry.name);
	} catch {
		return [];
	}
	return names.sort().map((name) => `openapi/${name}`);
}

/** Loads one document, inlining references to other files. */
export function loadApiDocument(root: string, file: string): ApiDocument {
	const path = resolve(root, file);
	const document = bundle(readJson(path), path, path);
	if (!isObject(document)) throw new Error(`${file} does not hold an object`);
	return { id: basename(file, extname(file)), file: relative(root, path).split('\\').join('/'), document };
}

/** Loads every document of `openapi/`. */
export function loadApiDocuments(root: string): ApiDocument[] {
	return listApiDocuments(root).map((file) => loadApiDocument(root, file));
}

function readJson(path: string): Json {
	const text = readFileSync(path, 'utf8');
	return (extname(path) === '.json' ? JSON.parse(text) : parseYaml(text)) as Json;
}

/** Inlines `other.yaml#/pointer` references; `#/…` references inside the root file stay. */
function bundle(value: Json, file: string, rootFile: string): Json {
	if (Array.isArray(value)) return value.map((item) => bundle(item, file, rootFile));
	if (!isObject(value)) return value;
	const ref = value['$ref'];
	if (typeof ref === 'string' && !/^[a-z]+:/i.test(ref) && (!ref.startsWith('#') || file !== rootFile)) {
		const [target = '', pointer = ''] = ref.split('#');
		const targetFile = target ? resolve(dirname(file), target) : file;
		return bundle(resolvePointer(readJson(targetFile), `#${pointer}`), targetFile, rootFile);
	}
	return mapValues(value, (v) => bundle(v, file, rootFile));
}

function mapValues(object: JsonObject, map: (value: Json) => Json): JsonObject {
	return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value)]));
}

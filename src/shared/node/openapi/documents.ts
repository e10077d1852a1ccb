import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { FileMemo } from '../file-memo.ts';
import { isObject, resolvePointer, type Json, type JsonObject } from '../../openapi/json.ts';
import { refTarget } from './ref-containment.ts';
import { readSourceDocument, type SourceDocument } from '../../openapi/source-document.ts';
import { unsafeDescriptions } from '../../openapi/sanitize-text.ts';
import { detectVersion, upgradeDocument, type SourceVersion, type UpgradedDocument } from '../../openapi/upgrade.ts';

export { componentSchemas, dereference, isObject, type Json, type JsonObject } from '../../openapi/json.ts';

/**
 * Loads the API documents of `openapi/` for the code that consumes them: the reference pages,
 * the mock and the checks. Every top-level `openapi/*.{yaml,yml,json}` file is one document
 * (and one reference page), except `openapi/checks.yaml` (the check levels); shared fragments
 * they `$ref` belong in subfolders. A document may be Swagger 2.0, OpenAPI 3.0 or 3.1; the
 * consumers get its OpenAPI 3.1 form (`upgrade.ts`).
 *
 * Loading does not check a document: `features/api-reference/openapi/lint.ts` does, before the
 * build starts, with file, line and pointer. Here a broken document simply throws.
 */

export interface ApiDocument {
	/** File name without extension: the page slug and download name, e.g. `margo-management-api`. */
	id: string;
	/** Path from the project root, with forward slashes, e.g. `openapi/margo-management-api.yaml`. */
	file: string;
	/**
	 * The document in OpenAPI 3.1 (upgraded when written in 2.0 or 3.0), as one object: references
	 * to other files inlined, `#/…` references kept, every description sanitized (`sanitize-text.ts`).
	 */
	document: JsonObject;
	/** The version the file is written in. */
	version: { declared: string; source: SourceVersion };
}

/** A document as its author wrote it, with its upgraded form and the way back from one to the other. */
export interface WrittenDocument {
	id: string;
	file: string;
	/** The text and the positions of its values. */
	source: SourceDocument;
	/** The document as written, references to other files inlined: what the downloads serve. */
	original: JsonObject;
	/** The OpenAPI 3.1 form, before unsafe Markdown is removed (the checks report it). */
	upgraded: UpgradedDocument;
}

/** The file of check levels in `openapi/`, which is not an API document. */
export const CHECKS_FILE_NAME = 'checks.yaml';
const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Paths (from the project root) of the API documents, sorted. */
export function listApiDocuments(root: string): string[] {
	let names: string[];
	try {
		names = readdirSync(join(root, 'openapi'), { withFileTypes: true })
			.filter((entry) => entry.isFile() && EXTENSIONS.has(extname(entry.name)) && entry.name !== CHECKS_FILE_NAME)
			.map((entry) => entry.name);
	} catch {
		return [];
	}
	return names.sort().map((name) => `openapi/${name}`);
}

// One build reads each document from several places (checks, pages, downloads, sidebar); GitHub's
// takes half a second to read and upgrade. Kept until the file changes.
const written = new FileMemo<WrittenDocument>();
const loaded = new FileMemo<ApiDocument>();

/** Reads one document as written and upgrades it; throws when it is not a readable API description. */
export function readApiDocument(root: string, file: string): WrittenDocument {
	const path = resolve(root, file);
	return written.get(path, () => {
		const relativeFile = relative(root, path).split('\\').join('/');
		const source = readSourceDocument(relativeFile, readFileSync(path, 'utf8'));
		const [error] = source.errors;
		if (error) throw new Error(`${relativeFile}:${error.line}:${error.column}: ${error.message}`);
		const version = detectVersion(source.value);
		if ('error' in version) throw new Error(`${relativeFile}: ${version.error}`);
		const real = realpathSync(path);
		const original = bundle(root, source.value as Json, real, real) as JsonObject;
		return { id: idOf(file), file: relativeFile, source, original, upgraded: upgradeDocument(original) };
	});
}

/** Loads one document in its OpenAPI 3.1 form, inlining references to other files. */
export function loadApiDocument(root: string, file: string): ApiDocument {
	const path = resolve(root, file);
	return loaded.get(path, () => {
		const { id, file: relativeFile, upgraded } = readApiDocument(root, file);
		// Every consumer (pages, downloads of the 3.1 form, Scalar, the mock) reads this document,
		// so its Markdown is sanitized here, once. The 3.1 form of a 3.1 document is the document
		// as written: clean a copy, not it.
		let document = upgraded.document as JsonObject;
		const unsafe = unsafeDescriptions(document);
		if (unsafe.length) {
			document = structuredClone(document);
			for (const { tokens, text } of unsafe) {
				const parent = tokens.slice(0, -1).reduce<Json>((node, token) => (node as JsonObject)[token] as Json, document);
				(parent as JsonObject)[tokens.at(-1)!] = text;
			}
		}
		return { id, file: relativeFile, document, version: { declared: upgraded.declared, source: upgraded.sourceVersion } };
	});
}

/** Loads every document of `openapi/`. */
export function loadApiDocuments(root: string): ApiDocument[] {
	return listApiDocuments(root).map((file) => loadApiDocument(root, file));
}

function idOf(file: string): string {
	return basename(file, extname(file));
}

/** Every other file a document's references have read in this process (absolute paths). */
const referenced = new Set<string>();

/**
 * The files outside the documents that their references read so far: what the API checks'
 * cache (`shared/build-cache.ts`) must also watch.
 */
export function referencedFiles(): string[] {
	return [...referenced].sort();
}

/** A referenced file, read with the same limits as a document (aliases, nesting). */
function readReferenced(root: string, path: string): Json {
	referenced.add(path);
	const relativeFile = relative(root, path).split('\\').join('/');
	const source = readSourceDocument(relativeFile, readFileSync(path, 'utf8'));
	const [error] = source.errors;
	if (error) throw new Error(`${relativeFile}:${error.line}:${error.column}: ${error.message}`);
	return source.value as Json;
}

/**
 * Inlines `other.yaml#/pointer` references; `#/…` references inside the root file stay. Objects
 * without such references are kept as they are rather than copied (GitHub's document has none).
 * Every other file must be inside `openapi/` (`ref-containment.ts`); a URL is refused, not
 * fetched. `chain` holds the references being inlined, to refuse a cycle between files.
 */
function bundle(root: string, value: Json, file: string, rootFile: string, chain: readonly string[] = []): Json {
	if (Array.isArray(value)) {
		const items = value.map((item) => bundle(root, item, file, rootFile, chain));
		return items.every((item, index) => item === value[index]) ? value : items;
	}
	if (!isObject(value)) return value;
	const ref = value['$ref'];
	if (typeof ref === 'string' && (!ref.startsWith('#') || file !== rootFile)) {
		const [target = '', pointer = ''] = ref.split('#');
		let targetFile = file;
		if (target) {
			const found = refTarget(root, file, ref);
			const where = relative(root, file).split('\\').join('/');
			if ('refused' in found) throw new Error(`${where}: ${found.refused.message}`);
			if ('missing' in found) throw new Error(`${where}: \`$ref: ${ref}\` does not resolve: no such file`);
			targetFile = found.path;
		}
		const step = `${targetFile}#${pointer}`;
		if (chain.includes(step)) throw new Error(`${relative(root, file)}: \`$ref: ${ref}\` refers back to itself through other files`);
		return bundle(root, resolvePointer(readReferenced(root, targetFile), `#${pointer}`), targetFile, rootFile, [...chain, step]);
	}
	let changed = false;
	const entries = Object.entries(value).map(([key, item]): [string, Json] => {
		const next = bundle(root, item, file, rootFile, chain);
		changed ||= next !== item;
		return [key, next];
	});
	return changed ? Object.fromEntries(entries) : value;
}

import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CHECKS_FILE_NAME } from '#shared/node/openapi/documents.ts';
import { isObject, resolvePointer, type Json, type JsonObject } from '#shared/openapi/json.ts';
import { readSourceDocument } from '#shared/openapi/source-document.ts';
import { detectVersion, upgradeDocument } from '#shared/openapi/upgrade.ts';
import type { FileSource } from './file-source.ts';

/** The API documents of one side, in their OpenAPI 3.1 form, and those that could not be read. */
export interface ApiSide {
	documents: Map<string, JsonObject>;
	unreadable: { document: string; file: string; message: string }[];
}

const DOCUMENT = /^openapi\/([^/]+)\.(?:ya?ml|json)$/;

/**
 * Reads every API document of a side as `shared/node/openapi/documents.ts` does (same parser, same
 * upgrade to 3.1), from the side's files. A document that does not read is reported and left out,
 * and the others are still compared.
 */
export function readApiSide(source: FileSource, label: string): ApiSide {
	const files = source.list('openapi').filter((file) => DOCUMENT.test(file) && file !== `openapi/${CHECKS_FILE_NAME}`);
	const texts = source.read(files);
	const side: ApiSide = { documents: new Map(), unreadable: [] };
	for (const file of files) {
		const id = DOCUMENT.exec(file)?.[1] ?? file;
		try {
			const parsed = readSourceDocument(file, texts.get(file) ?? '');
			const [error] = parsed.errors;
			if (error) throw new Error(`${label}${file}:${error.line}:${error.column}: ${error.message}`);
			const version = detectVersion(parsed.value);
			if ('error' in version) throw new Error(`${label}${file}: ${version.error}`);
			const original = inlineFiles(parsed.value as Json, file, file, source, label) as JsonObject;
			side.documents.set(id, upgradeDocument(original).document as JsonObject);
		} catch (error) {
			side.unreadable.push({ document: id, file: `${label}${file}`, message: (error as Error).message });
		}
	}
	return side;
}

/**
 * Inlines references to other files of `openapi/` (`schemas.yaml#/Device`), as the loader does
 * for the working tree, reading them from the same side. A reference leaving `openapi/` or naming
 * a URL is not followed: it throws, and the document is reported as unreadable.
 */
function inlineFiles(value: Json, file: string, rootFile: string, source: FileSource, label: string): Json {
	if (Array.isArray(value)) return value.map((item) => inlineFiles(item, file, rootFile, source, label));
	if (!isObject(value)) return value;
	const ref = value['$ref'];
	if (typeof ref === 'string' && (!ref.startsWith('#') || file !== rootFile)) {
		const [target = '', pointer = ''] = ref.split('#');
		const targetFile = target ? posix.normalize(posix.join(posix.dirname(file), target)) : file;
		if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || !targetFile.startsWith('openapi/')) {
			throw new Error(`${label}${file}: \`$ref: ${ref}\` leaves openapi/; the comparison reads only files of openapi/`);
		}
		const text = source.read([targetFile]).get(targetFile);
		if (text === undefined) throw new Error(`${label}${file}: \`$ref: ${ref}\` names ${targetFile}, which this version does not have`);
		const target_ = (targetFile.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as Json;
		return inlineFiles(resolvePointer(target_, `#${pointer}`), targetFile, rootFile, source, label);
	}
	return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inlineFiles(item, file, rootFile, source, label)]));
}

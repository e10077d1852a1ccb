import { parseYamlSource } from '#shared/yaml-source.ts';
import { jsonErrorOffset } from './json-syntax.ts';
import { locateJson, type Position } from './json-positions.ts';
import { tooDeepMessage, tooDeepPath } from './nesting-limit.ts';

/**
 * An API document as its author wrote it: the text, the parsed value and where each value is in
 * the text. Problems found anywhere (in the document as written or in its upgraded 3.1 form,
 * through `pointer-map.ts`) are reported at positions of this text.
 */
export interface SourceDocument {
	/** Path from the project root, e.g. `openapi/petstore.json`. */
	file: string;
	text: string;
	format: 'json' | 'yaml';
	/** The parsed value; undefined when the text has syntax errors. */
	value: unknown;
	/**
	 * Syntax errors, each with a 1-based line and column; `code` marks a text refused for its size
	 * (aliases that expand too far, values nested too deep) rather than its syntax.
	 */
	errors: ({ message: string; code?: 'alias-limit' | 'too-deep' } & Position)[];
	/** Position of the value at `tokens`, or of its nearest existing parent. */
	locate(tokens: readonly string[]): Position;
	/** Positions of several values at once (one pass over a JSON text). */
	locateMany(paths: readonly (readonly string[])[]): Position[];
}

/** Reads a document's text: JSON when the file ends in `.json`, else YAML. */
export function readSourceDocument(file: string, text: string): SourceDocument {
	const source = file.endsWith('.json') ? readJson(file, text) : readYaml(file, text);
	const deep = source.errors.length ? undefined : tooDeepPath(source.value);
	if (!deep) return source;
	return { ...source, value: undefined, errors: [{ message: tooDeepMessage(deep), code: 'too-deep', ...source.locate(deep) }] };
}

function readYaml(file: string, text: string): SourceDocument {
	const source = parseYamlSource(text);
	// YAML sequences are indexed by numbers; pointer tokens are strings.
	const locate = (tokens: readonly string[]) => source.locate(tokens.map((token) => (/^\d+$/.test(token) ? Number(token) : token)));
	return { file, text, format: 'yaml', value: source.value, errors: source.errors, locate, locateMany: (paths) => paths.map(locate) };
}

function readJson(file: string, text: string): SourceDocument {
	let value: unknown;
	const errors: SourceDocument['errors'] = [];
	try {
		value = JSON.parse(text);
	} catch (error) {
		const { offset, message } = jsonErrorOffset(text);
		const before = text.slice(0, offset).split('\n');
		errors.push({ message: `${message} (${(error as Error).message.split('\n')[0]})`, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 });
	}
	const locateMany = (paths: readonly (readonly string[])[]) => (errors.length ? paths.map(() => ({ line: 1, column: 1 })) : locateJson(text, paths));
	return { file, text, format: 'json', value, errors, locate: (tokens) => locateMany([tokens])[0]!, locateMany };
}

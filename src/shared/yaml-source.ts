import { LineCounter, parseDocument, isMap, isSeq, isScalar, visit, type Document, type Node, type YAMLError } from 'yaml';

/** A parsed YAML text that can say where each value was written. */
export interface YamlSource {
	/** The plain JavaScript value (undefined for an empty text). */
	value: unknown;
	/**
	 * Syntax errors, each with a 1-based line and column. `code` marks a text refused for its
	 * size rather than its syntax: aliases that expand past {@link MAX_ALIAS_COUNT}, or nesting
	 * deeper than the parser's stack.
	 */
	errors: { message: string; line: number; column: number; code?: 'alias-limit' | 'too-deep' }[];
	/**
	 * Line and column where the value at `path` starts. When the path does not exist (a missing
	 * required field), the position of its nearest existing parent, so the report points at the
	 * object that lacks it.
	 */
	locate(path: readonly (string | number)[]): { line: number; column: number };
}

/**
 * How many values aliases (`*name`) may expand into, counted as the `yaml` package counts them.
 * Its default too: a few aliases of aliases ("billion laughs") would otherwise expand a small
 * file into gigabytes of values.
 */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML keeping positions from the parse tree, so problems are reported at the line where
 * the field is written rather than found again by searching the text for its key.
 * `lineOffset` shifts the lines, for YAML embedded in a file (front matter after `---`).
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const position = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	// The parser reports its own stack overflow as syntax errors, one per line after it: say once
	// what the text does instead.
	const overflow = doc.errors.find((error) => /call stack/i.test(error.message));
	const errors: YamlSource['errors'] = overflow
		? [{ message: 'values are nested too deeply for the YAML parser', code: 'too-deep', ...position(deepOffset(text)) }]
		: doc.errors.map((error) => ({ message: error.message.split('\n')[0] ?? error.message, ...position(errorOffset(doc, error)) }));
	let value: unknown;
	if (!errors.length) {
		try {
			value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
		} catch (error) {
			if (error instanceof RangeError) errors.push({ message: 'values are nested too deeply to read', code: 'too-deep', ...position(0) });
			else if (!(error instanceof ReferenceError)) throw error;
			else
				errors.push({
					message: `aliases (\`*name\`) expand into more than ${MAX_ALIAS_COUNT} values, which is how an alias bomb makes a small file huge`,
					code: 'alias-limit',
					...position(firstAliasOffset(doc)),
				});
		}
	}
	return {
		value,
		errors,
		locate(path) {
			let node: Node | null | undefined = doc.contents;
			let found = node;
			for (const key of path) {
				if (isMap(node)) {
					const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
					if (!pair) break;
					// Point at the key for a scalar value: that is where a person looks for the field.
					found = (pair.key as Node | null) ?? found;
					node = pair.value as Node | null;
					if (node && !isScalar(node)) found = node;
				} else if (isSeq(node) && typeof key === 'number') {
					node = node.items[key] as Node | null | undefined;
					if (!node) break;
					found = node;
				} else break;
			}
			return position(found?.range?.[0] ?? 0);
		},
	};
}

/**
 * Where to report a syntax error. The parser notices an unclosed quote only where the text ends;
 * the person has to fix the line where the quote was opened, so report that.
 */
function errorOffset(doc: Document, error: YAMLError): number {
	const offset = error.pos[0];
	if (error.code !== 'MISSING_CHAR' || !/quote/.test(error.message)) return offset;
	let start = offset;
	visit(doc, {
		Scalar(_, node) {
			const [from, to] = node.range ?? [];
			const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
			if (quoted && from !== undefined && to !== undefined && from <= offset && offset <= to) start = from;
		},
	});
	return start;
}

/** Where the first alias is written: the place to start reading an alias bomb. */
function firstAliasOffset(doc: Document): number {
	let offset = 0;
	visit(doc, {
		Alias(_, node) {
			offset = node.range?.[0] ?? 0;
			return visit.BREAK;
		},
	});
	return offset;
}

/**
 * Where a text too deep for the parser is read from: the first line indented more than 256
 * columns (where the parser gave up depends on its stack, so it is no place to point at), or the
 * start for flow-style nesting.
 */
function deepOffset(text: string): number {
	return Math.max(0, text.search(/^ {257}/m));
}

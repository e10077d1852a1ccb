import { LineCounter, parseDocument, isMap, isSeq, isScalar, visit, type Document, type Node, type YAMLError } from 'yaml';

/** A parsed YAML text that can say where each value was written. */
export interface YamlSource {
	/** The plain JavaScript value (undefined for an empty text). */
	value: unknown;
	/** Syntax errors, each with a 1-based line and column. */
	errors: { message: string; line: number; column: number }[];
	/**
	 * Line and column where the value at `path` starts. When the path does not exist (a missing
	 * required field), the position of its nearest existing parent, so the report points at the
	 * object that lacks it.
	 */
	locate(path: readonly (string | number)[]): { line: number; column: number };
}

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
	return {
		value: doc.errors.length ? undefined : doc.toJS(),
		errors: doc.errors.map((error) => ({
			message: error.message.split('\n')[0] ?? error.message,
			...position(errorOffset(doc, error)),
		})),
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

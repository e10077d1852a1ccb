import { toPointer } from './json-pointer.ts';

/**
 * Line and column of values in a JSON text, found by scanning the text itself. Parsing a large
 * JSON document into a YAML syntax tree to get positions (as `yaml-source.ts` does for YAML)
 * takes seconds and hundreds of megabytes for GitHub's 13 MB description; this scanner only
 * descends along the wanted paths and skips every other value, so one pass answers a batch.
 */

export interface Position {
	line: number;
	column: number;
}

/**
 * Positions of several paths in one pass. A path that does not exist gets the position of its
 * nearest existing parent. Like `yaml-source.ts`, a scalar is reported at its key (where a person
 * looks for the field) and an object or array at its opening bracket.
 */
export function locateJson(text: string, paths: readonly (readonly string[])[]): Position[] {
	const lines = lineStarts(text);
	const wanted = new Map<string, number>();
	const prefixes = new Set<string>();
	for (const path of paths) {
		for (let i = 0; i <= path.length; i++) prefixes.add(key(path.slice(0, i)));
	}
	let at = 0;
	const space = () => {
		while (at < text.length && /\s/.test(text[at]!)) at++;
	};
	const skipString = () => {
		at++;
		while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
		at++;
	};
	const readString = (): string => {
		const start = at;
		skipString();
		return JSON.parse(text.slice(start, at)) as string;
	};
	/** Skips one value without looking inside. */
	const skip = () => {
		let depth = 0;
		do {
			const char = text[at];
			if (char === '"') skipString();
			else {
				if (char === '{' || char === '[') depth++;
				else if (char === '}' || char === ']') depth--;
				at++;
			}
		} while (depth > 0 && at < text.length);
		if (depth === 0) while (at < text.length && !/[,}\]\s]/.test(text[at]!)) at++;
	};
	/** Visits a value at `path`; `keyAt` is the offset of its key (or of the value in an array). */
	const visit = (path: string[], keyAt: number) => {
		space();
		const id = key(path);
		const container = text[at] === '{' || text[at] === '[';
		wanted.set(id, container ? at : keyAt);
		if (!container || !prefixes.has(id)) return skip();
		const object = text[at] === '{';
		at++;
		for (let index = 0; ; index++) {
			space();
			if (text[at] === '}' || text[at] === ']') return void at++;
			const start = at;
			const name = object ? readString() : String(index);
			if (object) {
				space();
				at++; // the colon
			}
			const child = [...path, name];
			if (prefixes.has(key(child))) visit(child, start);
			else {
				space();
				skip();
			}
			space();
			if (text[at] === ',') at++;
		}
	};
	visit([], 0);
	return paths.map((path) => {
		for (let i = path.length; i >= 0; i--) {
			const offset = wanted.get(key(path.slice(0, i)));
			if (offset !== undefined) return position(lines, offset);
		}
		return { line: 1, column: 1 };
	});
}

const key = (path: readonly string[]) => toPointer(path);

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** 1-based line and column of an offset, by binary search over the line starts. */
function position(starts: readonly number[], offset: number): Position {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (starts[middle]! <= offset) low = middle;
		else high = middle - 1;
	}
	return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** A replacement of `text.slice(start, end)`. */
export interface TextEdit {
	start: number;
	end: number;
	text: string;
}

/** Applies non-overlapping edits (in any order); an edit overlapping an earlier-starting one is dropped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = [...edits].sort((a, b) => a.start - b.start);
	let out = '';
	let cursor = 0;
	for (const edit of sorted) {
		if (edit.start < cursor) continue;
		out += text.slice(cursor, edit.start) + edit.text;
		cursor = edit.end;
	}
	return out + text.slice(cursor);
}

import { readFileSync } from 'node:fs';
import { importProblem, type ImportProblem } from './import-problems.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a text file that must be UTF-8, as MkDocs requires. A file in another encoding (often
 * Latin-1 or Windows-1252 from an old editor) is reported at the line of its first bad byte
 * rather than imported with replacement characters.
 */
export function readUtf8(path: string, display: string): { text: string } | { problem: ImportProblem } {
	const bytes = readFileSync(path);
	try {
		return { text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
	} catch {
		const offset = firstInvalidByte(bytes);
		let line = 1;
		let lineStart = 0;
		for (let index = 0; index < offset; index++) {
			if (bytes[index] === 0x0a) {
				line += 1;
				lineStart = index + 1;
			}
		}
		const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
		return {
			problem: importProblem(
				'mkdocs/not-utf8',
				{ file: display, line },
				`the file is not valid UTF-8 (byte 0x${byte} at column ${offset - lineStart + 1})`,
				'save the file as UTF-8, e.g. `iconv -f windows-1252 -t utf-8 file > file.new && mv file.new file`',
			),
		};
	}
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const byte = bytes[index] ?? 0;
		const length =
			byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
		if (length === 0) return index;
		for (let next = 1; next < length; next++) if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
		if (length > 1 && !isValidSequence(bytes.subarray(index, index + length))) return index;
		index += length;
	}
	return bytes.length;
}

function isValidSequence(sequence: Uint8Array): boolean {
	try {
		decoder.decode(sequence);
		return true;
	} catch {
		return false;
	}
}

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/**
 * Writes `text` to `path` through a temporary file in the same folder and a rename, so a reader
 * (or a crash) never sees half a file: the path holds either the old bytes or the new ones.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
	mkdirSync(dirname(path), { recursive: true });
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
	try {
		writeFileSync(temporary, text, { flag: 'wx' });
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}

import { statSync } from 'node:fs';

/**
 * Values read from files, each kept until its file's size or modification time changes: one build
 * (or `astro dev` session) reads the same files from several places, and an edit is seen at once.
 */
export class FileMemo<T> {
	readonly #values = new Map<string, { stamp: string; value: T }>();

	/** The value `read` gives for `path`, read again only if the file changed since. */
	get(path: string, read: () => T): T {
		const { mtimeMs, size } = statSync(path);
		const stamp = `${mtimeMs}:${size}`;
		const known = this.#values.get(path);
		if (known?.stamp === stamp) return known.value;
		const value = read();
		this.#values.set(path, { stamp, value });
		return value;
	}
}

import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The files of one side of a comparison: the working tree, or a commit read through git (a
 * `GitSnapshot` is one). Both
 * sides are read by the same code, so a difference between them is a difference of the files.
 */
export interface FileSource {
	/** Files below `folder` (from the project root), sorted, with forward slashes. */
	list(folder: string): string[];
	/** Texts of the files; a file that is not there is left out. */
	read(files: readonly string[]): Map<string, string>;
}

export function workingTree(root: string): FileSource {
	return {
		list: (folder) =>
			globSync(`${folder}/**/*`, { cwd: root, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) =>
					relative(root, resolve(root, entry.parentPath, entry.name))
						.split('\\')
						.join('/'),
				)
				.sort(),
		read: (files) => {
			const texts = new Map<string, string>();
			for (const file of files) {
				try {
					texts.set(file, readFileSync(join(root, file), 'utf8'));
				} catch {
					// Listed but gone, or not a file: as absent as in a commit that lacks it.
				}
			}
			return texts;
		},
	};
}

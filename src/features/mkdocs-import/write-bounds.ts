import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { importProblem, type ImportProblem } from './import-problems.ts';
import { isInside } from './project-files.ts';

/**
 * Where an import may write, relative to the site root: its pages folder under `content/docs/`
 * and the public folder of its linked files (each with the site folder it must stay in once
 * symbolic links are resolved), and the shared files it updates (the requirement registry).
 */
export interface WriteBounds {
	folders: readonly { folder: string; within: 'content/docs' | 'public' }[];
	files: readonly string[];
}

/**
 * A problem for each file that would land outside the bounds: by its path, or because a folder on
 * its way is a symbolic link leading elsewhere (`content/docs/spec` linked to `/tmp/x`): the real
 * path of its folder must be the allowed folder's path under the real `content/docs` or `public`.
 */
export function writeBoundProblems(siteRoot: string, files: Iterable<string>, bounds: WriteBounds): ImportProblem[] {
	const problems: ImportProblem[] = [];
	const roots = bounds.folders.map(({ folder, within }) => ({
		folder,
		real: join(realPath(join(siteRoot, within)), posix.relative(within, folder)),
	}));
	for (const file of files) {
		const path = posix.normalize(file);
		const allowed =
			bounds.files.includes(path) ||
			roots.some(({ folder, real }) => path.startsWith(`${folder}/`) && isInside(real, realPath(dirname(join(siteRoot, path)))));
		const names = bounds.folders.map(({ folder }) => folder).join(' and ');
		if (!allowed)
			problems.push(
				importProblem(
					'mkdocs/outside-target',
					{ file },
					`the import would write this file outside ${names} (a folder on its way leads elsewhere)`,
					'replace the symbolic link on the way with a folder, or import into another folder with --into',
				),
			);
	}
	return problems;
}

/** The real path of `path`, or of its deepest existing folder with the rest appended. */
function realPath(path: string): string {
	let existing = path;
	const rest: string[] = [];
	while (!existsSync(existing) && dirname(existing) !== existing) {
		rest.unshift(existing.slice(dirname(existing).length + 1));
		existing = dirname(existing);
	}
	return join(realpathSync(existing), ...rest);
}

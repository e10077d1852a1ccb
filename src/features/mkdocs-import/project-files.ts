import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { importProblem, type ImportProblem } from './import-problems.ts';

/**
 * The MkDocs project as the import may read it. An imported project is not trusted: a page, a
 * snippet, a figure or a folder may be a symbolic link (or a `../` path) to any file of the
 * machine (`/etc/passwd`, `/proc/self/environ`). Every read goes through here and is allowed only
 * when its real path, symbolic links resolved, is inside the project's own real folder.
 */
export interface ProjectFolder {
	/** The folder as given (absolute). */
	dir: string;
	/** Its real path. */
	real: string;
	/** How problems name it (relative to the folder the command was run from). */
	display: string;
}

export type Resolved = { kind: 'file' | 'folder'; real: string } | { kind: 'missing' } | { kind: 'outside'; real: string };

export function projectFolder(dir: string, display: string): ProjectFolder {
	let real = dir;
	try {
		real = realpathSync(dir);
	} catch {
		// A missing project is reported by the config reader (no mkdocs.yml).
	}
	return { dir, real, display };
}

/** Whether `path` is `folder` or inside it (both real, absolute paths). */
export function isInside(folder: string, path: string): boolean {
	const rest = relative(folder, path);
	return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest));
}

/** What `path` (relative to the project, `/`-separated) is once its symbolic links are resolved. */
export function resolveInProject(project: ProjectFolder, path: string): Resolved {
	let real: string;
	try {
		real = realpathSync(join(project.dir, path));
	} catch {
		return { kind: 'missing' };
	}
	if (!isInside(project.real, real)) return { kind: 'outside', real };
	const stat = statSync(real);
	return stat.isDirectory() ? { kind: 'folder', real } : stat.isFile() ? { kind: 'file', real } : { kind: 'missing' };
}

/** The problem of a path that leads out of the project, reported where it is used (`at`) or at the path itself. */
export function outsideProblem(
	project: ProjectFolder,
	path: string,
	real: string,
	at?: { file: string; line?: number | undefined },
): ImportProblem {
	return importProblem(
		'mkdocs/outside-project',
		at ?? { file: posix.join(project.display, path) },
		`\`${path}\` leads outside the MkDocs project (to ${real}); the import reads only files inside ${project.display}`,
		'copy the file into the project and refer to that copy, or remove the symbolic link or `../` path',
	);
}

/** The bytes of a file the import already resolved inside the project, read again through the same check. */
export function readInProject(project: ProjectFolder, path: string): Uint8Array {
	const resolved = resolveInProject(project, path);
	if (resolved.kind !== 'file') throw new Error(`${posix.join(project.display, path)} is no longer a file inside the project`);
	return readFileSync(resolved.real);
}

const isPage = (file: string) => /\.(md|markdown)$/i.test(file);

/**
 * The files of a folder of the project (`docs_dir`), relative to it and `/`-separated, hidden ones
 * (a part starting with `.`) left out. Symbolic links are followed while they stay inside the
 * project; a link leading out is a problem when it is a folder or a page (what the import would
 * read), and is left out otherwise (a figure is checked where a page uses it).
 */
export function listProjectFiles(project: ProjectFolder, folder: string): { files: string[]; problems: ImportProblem[] } {
	const files: string[] = [];
	const problems: ImportProblem[] = [];
	const visited = new Set<string>();
	const walk = (inFolder: string) => {
		const at = posix.join(folder, inFolder);
		const resolved = resolveInProject(project, at);
		if (resolved.kind !== 'folder' || visited.has(resolved.real)) return;
		visited.add(resolved.real);
		for (const entry of readdirSync(join(project.dir, at), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			if (entry.name.startsWith('.')) continue;
			const path = inFolder ? `${inFolder}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile()) files.push(path);
			else if (entry.isSymbolicLink()) {
				const target = resolveInProject(project, posix.join(folder, path));
				if (target.kind === 'outside') {
					if (isPage(path) || isFolder(target.real)) problems.push(outsideProblem(project, posix.join(folder, path), target.real));
				} else if (target.kind === 'folder') walk(path);
				else if (target.kind === 'file') files.push(path);
			}
		}
	};
	walk('');
	return { files: files.sort(), problems };
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

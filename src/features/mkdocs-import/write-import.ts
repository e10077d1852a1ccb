import { existsSync, globSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { importProblem, type ImportProblem } from './import-problems.ts';
import { writeBoundProblems, type WriteBounds } from './write-bounds.ts';
import { manifestPath, serializeManifest, sha256, type ImportManifest } from './manifest.ts';

/** What an import changes on disk. */
export interface WriteResult {
	written: string[];
	unchanged: string[];
	removed: string[];
	problems: ImportProblem[];
}

export interface WriteInput {
	siteRoot: string;
	/** Target folder relative to the site root, and whether it belongs to the import (`--into`) or is `content/docs` itself. */
	targetDir: string;
	ownsTarget: boolean;
	/** Files to have, relative to the site root. */
	files: ReadonlyMap<string, Uint8Array>;
	previous: ImportManifest | undefined;
	manifest: Omit<ImportManifest, 'files'>;
	force: boolean;
	/** Where it may write (checked before anything is written). */
	bounds: WriteBounds;
	/** Files the import changes but does not own (the requirement registry): written with the rest, not in the manifest. */
	shared?: ReadonlyMap<string, string> | undefined;
}

const isPage = (file: string) => /\.mdx?$/.test(file);

/**
 * Brings the site in step with an import. Refuses (with a problem each, writing nothing) to
 * overwrite or delete a page edited by hand since the last import, or to write where pages exist
 * that no import wrote, unless `force`. Files are staged in a temporary folder beside the site,
 * then moved into place; the manifest is written last.
 */
export function writeImport(input: WriteInput): WriteResult {
	const { siteRoot, previous, force } = input;
	const result: WriteResult = { written: [], unchanged: [], removed: [], problems: [] };
	const known = previous?.files ?? {};
	const onDisk = (file: string) => (existsSync(join(siteRoot, file)) ? sha256(readFileSync(join(siteRoot, file))) : undefined);
	const changes = new Map<string, Uint8Array>();
	for (const [file, content] of input.files) {
		const current = onDisk(file);
		const next = sha256(content);
		if (current === next) result.unchanged.push(file);
		else {
			if (current !== undefined && current !== known[file] && !force)
				result.problems.push(refusal(file, known[file], firstDifference(readFileSync(join(siteRoot, file)), content)));
			changes.set(file, content);
		}
	}
	const stale = Object.keys(known).filter((file) => !input.files.has(file));
	for (const file of stale) {
		const current = onDisk(file);
		if (current !== undefined && current !== known[file] && !force) result.problems.push(refusal(file, known[file], 1));
	}
	if (!force) result.problems.push(...foreignPages(input));
	const touched = [...changes.keys(), ...stale, ...(input.shared?.keys() ?? []), manifestPath(input.targetDir)];
	result.problems.push(...writeBoundProblems(siteRoot, touched, input.bounds));
	if (result.problems.length) return result;

	const staging = join(siteRoot, `.mkdocs-import-${process.pid}-${Date.now()}`);
	try {
		mkdirSync(staging);
		for (const [file, content] of changes) {
			mkdirSync(dirname(join(staging, file)), { recursive: true });
			writeFileSync(join(staging, file), content);
		}
		const manifest = serializeManifest({
			...input.manifest,
			files: Object.fromEntries([...input.files].map(([file, content]) => [file, sha256(content)])),
		});
		writeFileSync(join(staging, 'manifest.json'), manifest);
		for (const [file, content] of input.shared ?? []) {
			mkdirSync(dirname(join(staging, file)), { recursive: true });
			writeFileSync(join(staging, file), content);
		}
		for (const file of [...changes.keys(), ...(input.shared?.keys() ?? [])]) {
			mkdirSync(dirname(join(siteRoot, file)), { recursive: true });
			renameSync(join(staging, file), join(siteRoot, file));
			result.written.push(file);
		}
		for (const file of stale) {
			if (!existsSync(join(siteRoot, file))) continue;
			rmSync(join(siteRoot, file));
			result.removed.push(file);
			removeEmptyFolders(siteRoot, posix.dirname(file));
		}
		const manifestFile = join(siteRoot, manifestPath(input.targetDir));
		if (!existsSync(manifestFile) || readFileSync(manifestFile, 'utf8') !== manifest) {
			mkdirSync(dirname(manifestFile), { recursive: true });
			renameSync(join(staging, 'manifest.json'), manifestFile);
		}
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
	return result;
}

/** Removes `folder` and its parents while they are empty (a nav section gone from the source). */
function removeEmptyFolders(siteRoot: string, folder: string): void {
	for (let current = folder; current !== '.' && current !== 'content/docs' && current !== 'public'; current = posix.dirname(current)) {
		const path = join(siteRoot, current);
		if (!existsSync(path) || readdirSync(path).length > 0) return;
		rmdirSync(path);
	}
}

/** 1-based line where two texts first differ: where a hand edit most likely is. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
	const left = new TextDecoder().decode(a).split('\n');
	const right = new TextDecoder().decode(b).split('\n');
	const index = left.findIndex((line, at) => line !== right[at]);
	return index < 0 ? Math.min(left.length, right.length) + 1 : index + 1;
}

function refusal(file: string, importedHash: string | undefined, line: number): ImportProblem {
	return importedHash === undefined
		? importProblem(
				'mkdocs/foreign-page',
				{ file, line },
				'the import would overwrite this file, which no earlier import wrote',
				'move the file away, import into another folder with --into, or pass --force to overwrite it',
			)
		: importProblem(
				'mkdocs/hand-edited',
				{ file, line },
				'the page was edited by hand since the last import; the import would overwrite or delete it',
				'carry the edit over to the MkDocs source and re-run, or pass --force to discard it',
			);
}

/** Pages in the folders the import owns that no import wrote: the import's folder, or the folders of its pages. */
function foreignPages({ siteRoot, targetDir, ownsTarget, files, previous }: WriteInput): ImportProblem[] {
	const folders = ownsTarget
		? [targetDir]
		: [...new Set([...files.keys()].filter(isPage).map((file) => posix.dirname(file)))].filter((folder) => folder !== targetDir);
	const problems: ImportProblem[] = [];
	for (const folder of folders) {
		if (!existsSync(join(siteRoot, folder))) continue;
		for (const page of globSync(ownsTarget ? '**/*.{md,mdx}' : '*.{md,mdx}', { cwd: join(siteRoot, folder) })) {
			const file = posix.join(folder, page.split('\\').join('/'));
			if (files.has(file) || previous?.files[file] !== undefined) continue;
			problems.push(
				importProblem(
					'mkdocs/foreign-page',
					{ file, line: 1 },
					`the target folder ${folder} holds this page, which no earlier import wrote`,
					'move the page out of the folder, import into an empty folder with --into, or pass --force to import beside it',
				),
			);
		}
	}
	return problems;
}

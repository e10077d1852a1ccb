import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileMemo } from './file-memo.ts';
import type { Problem } from '../problems.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** What a check found: problems that stop the build, and those only printed. */
export interface CheckResult {
	errors: Problem[];
	warnings: Problem[];
}

export interface CacheOptions {
	/** Names the kept result: `margo-<name>.json`. */
	name: string;
	/** Project root. */
	root: string;
	/** Where the result is kept: Astro's cache folder (`node_modules/.astro/`). */
	cacheDir: string;
	/** Every file the work reads under the root, as globs (`content/**\/*`). */
	inputs: readonly string[];
	/** Folders of the code doing the work (every file in them counts) and files such as npm's record of the install; the site's `src/` and its lockfile unless told. */
	code?: { dirs: readonly string[]; files: readonly string[] };
	/** Files the work read elsewhere, known once it has run (the API documents' `$ref`s). */
	referenced?: () => readonly string[];
}

interface Saved {
	key: string;
	/** The files outside `inputs` the key covers, as the work reported them. */
	referenced: string[];
	value: unknown;
}

const SITE_CODE = {
	dirs: [fileURLToPath(new URL('../../', import.meta.url))],
	files: [fileURLToPath(new URL('../../../node_modules/.package-lock.json', import.meta.url))],
};

/**
 * Some work before or beside a build takes a tenth or more of a large site's build (the API checks
 * half a second, the decision checks 0.2 s for 300 trackers, the mock's service worker a second of
 * CPU beside the pages), and most builds change none of what it reads. Its result is kept with a
 * key: the SHA-256 of every file of `inputs`, of the files the work says it read elsewhere, and of
 * the code doing it (the site's `src/` and the installed packages). While the key is the same, the
 * kept result is the result. `keep` decides which results are kept (never a check's errors, so a
 * broken input stops every build until it is fixed); `isValue` rejects a kept file of another shape.
 */
export async function keptResult<T>(
	options: CacheOptions,
	run: () => Promise<T>,
	{ keep = () => true, isValue }: { keep?: (value: T) => boolean; isValue: (value: unknown) => value is T },
): Promise<T> {
	const path = join(options.cacheDir, `margo-${options.name}.json`);
	const saved = read(path);
	if (saved && isValue(saved.value) && saved.key === key(options, saved.referenced)) return saved.value;
	const value = await run();
	if (!keep(value)) {
		rmSync(path, { force: true });
		return value;
	}
	const referenced = (options.referenced?.() ?? []).map((file) => resolve(file));
	write(path, { key: key(options, referenced), referenced, value });
	return value;
}

/** A check's result, kept only when it found no error (its warnings are printed again). */
export function cachedChecks(options: CacheOptions, run: () => Promise<CheckResult>): Promise<CheckResult> {
	return keptResult(options, run, { keep: (result) => result.errors.length === 0, isValue: isCleanResult });
}

function isCleanResult(value: unknown): value is CheckResult {
	const result = value as Partial<CheckResult> | null;
	return Array.isArray(result?.errors) && result.errors.length === 0 && Array.isArray(result.warnings);
}

function key(options: CacheOptions, referenced: readonly string[]): string {
	const { root, inputs, code = SITE_CODE } = options;
	const hash = createHash('sha256');
	const add = (file: string) => hash.update(`${file}\0${digest(file)}\0`);
	hash.update(`${resolve(root)}\0`);
	for (const file of filesUnder(root, inputs)) add(file);
	for (const dir of code.dirs) for (const file of filesUnder(dir, ['**/*'])) add(file);
	for (const file of [...code.files, ...referenced]) add(file);
	return hash.digest('hex');
}

/** Each file's SHA-256: the work of one build shares its inputs (the pages, the code), read and hashed once. */
const digests = new FileMemo<string>();

function digest(file: string): string {
	return existsSync(file) ? digests.get(file, () => createHash('sha256').update(readFileSync(file)).digest('hex')) : '(missing)';
}

/** The files (not folders) matching `patterns` under `dir`, as sorted absolute paths. */
function filesUnder(dir: string, patterns: readonly string[]): string[] {
	return globSync([...patterns], { cwd: dir, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

function read(path: string): Saved | undefined {
	try {
		const saved = JSON.parse(readFileSync(path, 'utf8')) as Saved;
		return typeof saved.key === 'string' && Array.isArray(saved.referenced) ? saved : undefined;
	} catch {
		return undefined;
	}
}

function write(path: string, saved: Saved): void {
	try {
		writeFileAtomic(path, JSON.stringify(saved));
	} catch {
		// A cache that cannot be written only means the next build does the work again.
	}
}

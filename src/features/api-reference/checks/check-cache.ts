import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem } from '#shared/problems.ts';
import { writeFileAtomic } from '#shared/write-atomic.ts';

/** What the API checks found: problems that stop the build, and those only printed. */
export interface CheckResult {
	errors: Problem[];
	warnings: Problem[];
}

export interface CheckCacheOptions {
	/** Project root: the folder holding `content/` and `openapi/`. */
	root: string;
	/** Where the result is kept: Astro's cache folder (`node_modules/.astro/`). */
	cacheDir: string;
	/** Folders of the code that checks (every file in them counts), and files such as npm's record of the install. */
	code: { dirs: readonly string[]; files: readonly string[] };
	/** The files the documents' references read beyond `openapi/`, once the checks have run. */
	referenced: () => readonly string[];
}

interface Saved {
	key: string;
	/** The files outside `openapi/` and `content/` the key covers, as read by the documents' references. */
	referenced: string[];
	warnings: Problem[];
}

const FILE = 'margo-api-checks.json';

/**
 * The API checks (Redocly's linter, ours, every example of the pages) take half a second before
 * every build, a tenth of a large site's build; most builds change none of what they read. A run
 * that found no error is kept with a key: the SHA-256 of every file under `openapi/`, every page of
 * `content/`, every file those documents' references read elsewhere, and the checking code itself
 * (the site's `src/` and the installed packages). While the key is the same, the kept warnings are
 * the result. A run with errors is never kept: it is run again, and the build stops again.
 */
export async function cachedApiChecks(options: CheckCacheOptions, run: () => Promise<CheckResult>): Promise<CheckResult> {
	const path = join(options.cacheDir, FILE);
	const saved = read(path);
	if (saved && saved.key === key(options, saved.referenced)) return { errors: [], warnings: saved.warnings };
	const result = await run();
	if (result.errors.length) {
		rmSync(path, { force: true });
		return result;
	}
	const referenced = options.referenced().map((file) => resolve(file));
	write(path, { key: key(options, referenced), referenced, warnings: result.warnings });
	return result;
}

function key(options: CheckCacheOptions, referenced: readonly string[]): string {
	const { root, code } = options;
	const hash = createHash('sha256');
	const add = (file: string) => {
		hash.update(`${file}\0`);
		hash.update(existsSync(file) ? readFileSync(file) : '(missing)');
		hash.update('\0');
	};
	hash.update(`${resolve(root)}\0`);
	for (const file of filesUnder(root, ['openapi/**/*', 'content/**/*.{md,mdx}'])) add(file);
	for (const dir of code.dirs) for (const file of filesUnder(dir, ['**/*'])) add(file);
	for (const file of [...code.files, ...referenced]) add(file);
	return hash.digest('hex');
}

/** The files (not folders) matching `patterns` under `dir`, as sorted absolute paths. */
function filesUnder(dir: string, patterns: string[]): string[] {
	return globSync(patterns, { cwd: dir, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

function read(path: string): Saved | undefined {
	try {
		const saved = JSON.parse(readFileSync(path, 'utf8')) as Saved;
		return typeof saved.key === 'string' && Array.isArray(saved.referenced) && Array.isArray(saved.warnings) ? saved : undefined;
	} catch {
		return undefined;
	}
}

function write(path: string, saved: Saved): void {
	try {
		writeFileAtomic(path, JSON.stringify(saved));
	} catch {
		// A cache that cannot be written only means the next build checks again.
	}
}

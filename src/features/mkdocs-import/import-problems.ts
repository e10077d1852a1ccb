import type { Problem } from '#shared/problems.ts';
import './problem-codes.ts'; // declares the codes reported here, with their default fixes

/**
 * What the importer can find wrong (described in the catalogue, `problem-codes.ts`), each
 * with whether it stops the import. An error leaves the site untouched (the import writes
 * nothing); a warning is reported and the import goes on.
 */
const IMPORT_PROBLEMS = {
	'mkdocs/no-config': 'error',
	'mkdocs/config-syntax': 'error',
	'mkdocs/bad-option': 'error',
	'mkdocs/no-docs-dir': 'error',
	'mkdocs/nav-missing-file': 'error',
	'mkdocs/nav-duplicate-label': 'error',
	'mkdocs/nav-duplicate-page': 'warning',
	'mkdocs/nav-external-link': 'warning',
	'mkdocs/not-utf8': 'error',
	'mkdocs/broken-link': 'error',
	'mkdocs/broken-anchor': 'warning',
	'mkdocs/missing-file': 'error',
	'mkdocs/missing-snippet': 'error',
	'mkdocs/outside-project': 'error',
	'mkdocs/outside-target': 'error',
	'mkdocs/env-tag': 'warning',
	'mkdocs/unconverted': 'warning',
	'mkdocs/unlisted-page': 'warning',
	'mkdocs/link-to-skipped-page': 'warning',
	'mkdocs/foreign-page': 'error',
	'mkdocs/hand-edited': 'error',
	'mkdocs/requirement-registry': 'error',
	'mkdocs/unknown-party': 'warning',
} as const;

export type ImportProblemCode = keyof typeof IMPORT_PROBLEMS;

export interface ImportProblem extends Problem {
	code: ImportProblemCode;
}

/** Whether a problem stops the import. */
export function isError(problem: ImportProblem): boolean {
	return IMPORT_PROBLEMS[problem.code] === 'error';
}

/** A problem at `file:line`, with what to do. */
export function importProblem(
	code: ImportProblemCode,
	where: { file: string; line?: number | undefined },
	message: string,
	hint: string,
): ImportProblem {
	return where.line === undefined ? { code, file: where.file, message, hint } : { code, file: where.file, line: where.line, message, hint };
}

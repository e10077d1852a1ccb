import { defaultFix, type ProblemCode } from './problem-codes.ts';

/**
 * A problem found in an input a person wrote (a page, a tracker, an API document), with where it
 * is and how to fix it. Checks collect these into a report and print them all at once, so one
 * build shows every problem instead of the first.
 */
export interface Problem {
	/** Stable code from its feature's catalogue (`problem-codes.ts`), e.g. `frontmatter/invalid-field`. */
	code: ProblemCode;
	/** File path relative to the project root. */
	file: string;
	/** 1-based line and column, when known. */
	line?: number;
	column?: number;
	/** Dotted path (front matter, YAML data) or JSON pointer (OpenAPI) of the failing field. */
	path?: string;
	/** What is wrong, in one sentence. */
	message: string;
	/** How to fix it. */
	hint?: string;
}

/** `file:line:column`, with as much as is known. */
function formatLocation(problem: Pick<Problem, 'file' | 'line' | 'column'>): string {
	if (problem.line === undefined) return problem.file;
	return problem.column === undefined ? `${problem.file}:${problem.line}` : `${problem.file}:${problem.line}:${problem.column}`;
}

/** One problem as the lines a terminal shows. */
export function formatProblem(problem: Problem): string {
	const field = problem.path ? ` ${problem.path}:` : '';
	const lines = [`${formatLocation(problem)}:${field} ${problem.message} [${problem.code}]`];
	const fix = problem.hint ?? defaultFix(problem.code);
	if (fix) lines.push(`  fix: ${fix}`);
	return lines.join('\n');
}

/** A whole report under a heading, problems sorted by file and line. */
export function formatReport(title: string, problems: readonly Problem[]): string {
	const sorted = [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
	);
	const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
	return [`${title}: ${count}`, '', ...sorted.map(formatProblem)].join('\n');
}

/** Thrown by a check that found problems; the message is the whole report. */
export class ProblemReportError extends Error {
	readonly problems: readonly Problem[];
	constructor(title: string, problems: readonly Problem[]) {
		super(formatReport(title, problems));
		this.name = 'ProblemReportError';
		this.problems = problems;
	}
}

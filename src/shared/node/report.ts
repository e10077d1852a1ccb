import type { AstroIntegrationLogger } from 'astro';
import { ProblemReportError, formatReport, type Problem } from '../problems.ts';

interface ReportContext {
	/** Astro's command: `build` stops on problems, `dev` (and `preview`, `sync`) logs them. */
	command: string;
	logger: Pick<AstroIntegrationLogger, 'warn'>;
}

/**
 * Reports the problems a check found: `astro build` stops with one report of all of them, while
 * `astro dev` logs the report and keeps serving, so a contributor can fix the input with the
 * preview running. Nothing happens when there are none.
 */
export function reportProblems(
	{ command, logger }: ReportContext,
	title: string,
	problems: readonly Problem[],
	ErrorClass: new (title: string, problems: readonly Problem[]) => Error = ProblemReportError,
): void {
	if (!problems.length) return;
	if (command === 'build') throw new ErrorClass(title, problems);
	logger.warn(formatReport(title, problems));
}

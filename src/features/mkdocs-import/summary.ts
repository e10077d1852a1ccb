import { formatProblem } from '../../lib/problems.ts';
import { isError } from './import-problems.ts';
import type { ImportResult } from './import-mkdocs.ts';

/** What an import did and found, as the command prints it. */
export function formatSummary(result: ImportResult, source: string): string {
	const errors = result.problems.filter(isError);
	const warnings = result.problems.filter((problem) => !isError(problem));
	const lines: string[] = [];
	if (result.ok && result.write) {
		const { written, unchanged, removed } = result.write;
		lines.push(`Imported ${source} into ${result.targetDir}/`);
		lines.push(`  pages: ${result.pages.listed} in nav, ${result.pages.unlisted} unlisted`);
		lines.push(`  figures: ${result.figures}, other files: ${result.files}`);
		lines.push(`  files: ${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed`);
	} else {
		lines.push(`Import of ${source} stopped: ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written.`);
		lines.push(`  pages: ${result.pages.listed} in nav, ${result.pages.unlisted} unlisted; figures: ${result.figures}, other files: ${result.files}`);
	}
	const converted = [...result.counts].sort(([a], [b]) => a.localeCompare(b)).map(([construct, count]) => `${construct} ${count}`);
	lines.push(`  converted: ${converted.length ? converted.join(', ') : 'nothing'}`);
	if (errors.length) lines.push('', `Errors (${errors.length}):`, ...sorted(errors).map(formatProblem));
	if (warnings.length) lines.push('', `Warnings (${warnings.length}):`, ...sorted(warnings).map(formatProblem));
	return lines.join('\n');
}

function sorted<T extends { file: string; line?: number }>(problems: T[]): T[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

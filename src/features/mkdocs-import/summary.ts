import { formatProblem } from '#shared/problems.ts';
import { isError } from './import-problems.ts';
import type { ImportResult } from './import-mkdocs.ts';

/** What an import did and found, as the command prints it. */
export function formatSummary(result: ImportResult, source: string): string {
	const errors = result.problems.filter(isError);
	const warnings = result.problems.filter((problem) => !isError(problem));
	const lines: string[] = [];
	const counts = new Map(result.counts);
	const take = (construct: string) => {
		const count = counts.get(construct) ?? 0;
		counts.delete(construct);
		return count;
	};
	const links = `links: ${take('link rewritten')} rewritten to this site's pages, ${take('link to GitHub')} to files on GitHub`;
	const found = [
		`pages: ${result.pages.listed} in nav, ${result.pages.unlisted} unlisted`,
		`figures: ${result.figures}, other files: ${result.files}`,
		links,
	];
	if (result.ok && result.write) {
		const { written, unchanged, removed } = result.write;
		lines.push(`Imported ${source} into ${result.targetDir}/`, ...found.map((line) => `  ${line}`));
		lines.push(`  files: ${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed`);
		const ids = result.requirements;
		if (ids) {
			const prefixes = Object.entries(ids.newPrefixes).map(([page, prefix]) => `${page}: ${prefix}`);
			lines.push(
				`  requirement IDs (as npm run req:ids): ${ids.assigned} assigned, ${ids.kept} kept from the last import, ${ids.retired} retired${prefixes.length ? `; new prefixes in content/requirements.yaml: ${prefixes.join(', ')}` : ''}`,
			);
		}
	} else {
		lines.push(`Import of ${source} stopped: ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written.`);
		if (result.pages.listed + result.pages.unlisted > 0) lines.push(...found.map((line) => `  ${line}`));
	}
	const converted = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([construct, count]) => `${construct} ${count}`);
	if (converted.length) lines.push(`  converted: ${converted.join(', ')}`);
	if (errors.length) lines.push('', `Errors (${errors.length}):`, ...sorted(errors).map(formatProblem));
	if (warnings.length) lines.push('', `Warnings (${warnings.length}):`, ...sorted(warnings).map(formatProblem));
	return lines.join('\n');
}

function sorted<T extends { file: string; line?: number }>(problems: T[]): T[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

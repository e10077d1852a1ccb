import type { ChangesExport } from './export.ts';
import { summaryLine } from './summary.ts';

// A cell of a Markdown table: the text of a document or page is not trusted to keep the table's shape.
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/([|\\`*_<>[\]])/g, '\\$1');
const link = (text: string, url: string | null) => (url ? `[${cell(text)}](<${url}>)` : cell(text));

/**
 * The comparison as Markdown, for a CI job summary (`$GITHUB_STEP_SUMMARY`): the counts, then
 * breaking API changes and weakened or strengthened requirements first, as on `/changes/`.
 */
export function changesMarkdown(report: ChangesExport, pageUrl: string | null): string {
	const { summary } = report;
	const lines = [
		'',
		`## What this change changes`,
		'',
		`Compared with \`${cell(report.base.ref)}\` (${report.base.commit.slice(0, 12)}): ${summaryLine(summary)}.${pageUrl ? ` [See what changes](<${pageUrl}>).` : ''}`,
		'',
		`| | count |`,
		`| --- | ---: |`,
		...Object.entries(summary.requirements)
			.filter(([, n]) => n)
			.map(([kind, n]) => `| requirements ${kind} | ${n} |`),
		`| API changes (breaking) | ${summary.api.changes} (${summary.api.breaking}) |`,
		`| pages added / removed / changed | ${summary.pages.added} / ${summary.pages.removed} / ${summary.pages.changed} |`,
		`| decisions whose status changed | ${summary.decisions} |`,
	];
	const breaking = report.api.filter((change) => change.breaking);
	if (breaking.length) {
		lines.push('', '### Breaking API changes', '', '| document | operation | change |', '| --- | --- | --- |');
		for (const change of breaking)
			lines.push(`| ${cell(change.document)} | ${link(change.operation ?? change.pointer, change.url)} | ${cell(change.description)} |`);
	}
	const requirements = report.requirements.filter((change) => change.change !== 'new');
	if (requirements.length) {
		lines.push('', '### Requirements', '', '| ID | change | key word |', '| --- | --- | --- |');
		for (const change of sortRequirements(requirements)) {
			const keyword = [...new Set([change.before?.keyword, change.after?.keyword].filter(Boolean))].join(' → ');
			lines.push(
				`| ${link(change.id ?? '', change.after?.url ?? change.before?.url ?? null)} | ${change.changes.join(', ')} | ${keyword} |`,
			);
		}
	}
	for (const problem of report.unreadable) lines.push('', `> [!WARNING]`, `> ${cell(problem.message)}`);
	return `${lines.join('\n')}\n`;
}

const FIRST = ['weakened', 'strengthened', 'removed', 'retired'];

/** Weakened, strengthened, removed and retired requirements first; the rest in page order. */
export function sortRequirements<T extends { change: string }>(changes: readonly T[]): T[] {
	const rank = (change: T) => {
		const index = FIRST.indexOf(change.change);
		return index < 0 ? FIRST.length : index;
	};
	return changes
		.map((change, index) => ({ change, index }))
		.sort((a, b) => rank(a.change) - rank(b.change) || a.index - b.index)
		.map(({ change }) => change);
}

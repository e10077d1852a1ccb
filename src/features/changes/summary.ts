import { REQUIREMENT_CHANGES, type RequirementChangeKind } from './compare-requirements.ts';
import type { Comparison } from './compare.ts';

/** The counts a reader sees first: on the page, in the preview notice, in the job summary. */
export interface Summary {
	/** Requirement IDs with any change (statements without an ID not counted). */
	requirementsChanged: number;
	requirements: Record<RequirementChangeKind, number>;
	/** Statements without an ID yet. */
	newStatements: number;
	api: { changes: number; breaking: number; operationsAdded: number; operationsRemoved: number; deprecated: number };
	pages: { added: number; removed: number; changed: number };
	decisions: number;
}

export function summarize(comparison: Pick<Comparison, 'requirements' | 'api' | 'pages' | 'decisions'>): Summary {
	const requirements = Object.fromEntries(REQUIREMENT_CHANGES.map((kind) => [kind, 0])) as Record<RequirementChangeKind, number>;
	for (const change of comparison.requirements) for (const kind of change.changes) requirements[kind]++;
	const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
	return {
		requirementsChanged: count(comparison.requirements, (change) => change.id !== null),
		requirements,
		newStatements: requirements.new,
		api: {
			changes: comparison.api.length,
			breaking: count(comparison.api, (change) => change.breaking),
			operationsAdded: count(comparison.api, (change) => change.change === 'added'),
			operationsRemoved: count(comparison.api, (change) => change.change === 'removed'),
			deprecated: count(comparison.api, (change) => change.change === 'deprecated'),
		},
		pages: {
			added: count(comparison.pages, (page) => page.change === 'added'),
			removed: count(comparison.pages, (page) => page.change === 'removed'),
			changed: count(comparison.pages, (page) => page.change === 'changed'),
		},
		decisions: comparison.decisions.length,
	};
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line for the preview notice: "4 requirements changed, 1 breaking API change". */
export function summaryLine(summary: Summary): string {
	const parts: string[] = [];
	if (summary.requirementsChanged) parts.push(`${plural(summary.requirementsChanged, 'requirement')} changed`);
	if (summary.newStatements) parts.push(`${plural(summary.newStatements, 'statement')} without an ID`);
	if (summary.api.breaking) parts.push(plural(summary.api.breaking, 'breaking API change'));
	else if (summary.api.changes) parts.push(plural(summary.api.changes, 'API change'));
	const pages = summary.pages.added + summary.pages.removed + summary.pages.changed;
	if (!parts.length && pages) parts.push(`${plural(pages, 'page')} changed`);
	if (!parts.length && summary.decisions) parts.push(`${plural(summary.decisions, 'decision')} changed status`);
	return parts.length ? parts.join(', ') : 'no change to requirements, API, pages or decisions';
}

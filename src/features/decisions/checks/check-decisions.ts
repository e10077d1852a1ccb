import { APPROVERS_FILE, readApprovers } from './check-approvers.ts';
import { checkDecisionLinks } from './check-decision-links.ts';
import { readTracker, type LoadedTracker } from './check-tracker.ts';
import type { Problem } from '#shared/problems.ts';
import type { SpecPage } from '#shared/node/docs-pages.ts';
import type { GitHubSnapshots } from '../github/tracker-github.ts';
import '../problem-codes.ts'; // declares the codes reported here, with their default fixes

export interface DecisionSources {
	/** Text of `content/approvers.yaml`, or `undefined` when the file does not exist. */
	approvers: string | undefined;
	/** Each `content/decisions/*.md` file, path from the project root and text. */
	trackers: readonly { file: string; text: string }[];
	/** The pages trackers may name in `affects`. */
	pages: ReadonlyMap<string, SpecPage>;
	/** What `npm run decisions:sync` last read from GitHub; its responses count for the rule. */
	github?: GitHubSnapshots | undefined;
}

/**
 * Every problem of the decision register at once: each file on its own, then the links between
 * them. A file that cannot be read (bad YAML, wrong shape) is left out of the cross-file checks,
 * so one broken tracker does not hide the problems of the others.
 */
export function checkDecisionSources(sources: DecisionSources): Problem[] {
	if (sources.approvers === undefined && sources.trackers.length === 0) return [];
	const problems: Problem[] = [];
	let organizations;
	if (sources.approvers === undefined) {
		problems.push({
			code: 'approvers/missing-file',
			file: APPROVERS_FILE,
			message: 'decision trackers exist but there is no approvers file',
			hint: 'create content/approvers.yaml listing the member organizations and their approvers',
		});
	} else {
		const result = readApprovers(APPROVERS_FILE, sources.approvers);
		problems.push(...result.problems);
		organizations = result.organizations;
	}
	const trackers: LoadedTracker[] = [];
	for (const { file, text } of sources.trackers) {
		const result = readTracker(file, text);
		problems.push(...result.problems);
		if (result.tracker) trackers.push(result.tracker);
	}
	problems.push(...checkDecisionLinks(trackers, organizations, sources.pages, sources.github));
	return problems;
}

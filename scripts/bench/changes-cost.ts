/**
 * What `MARGO_COMPARE_WITH` adds to the build of the real site: the site built without it and with
 * it, in turn in each round so both see the same load, and the median of the rounds' ratios
 * (target: under 10 % more). Run by `npm run bench` (section `changes`).
 */
import { compareWithRef } from '../../src/features/changes/compare.ts';
import { summarize, summaryLine } from '../../src/features/changes/summary.ts';
import { projectRoot } from '../../tests/support/run-astro.ts';
import { timeBuilds, timeBuildsInRounds, type BuildTiming } from './build-time.ts';
import { formatMs, median, table } from './stats.ts';

/** The added share over which the comparison costs too much. */
const TARGET = 0.1;

export interface ChangesCost {
	ref: string;
	commit: string;
	/** What the comparison found, as the preview notice says it. */
	found: string;
	timings: BuildTiming[];
	/** Median over the rounds of (with / without) − 1. */
	added: number;
	withinTarget: boolean;
}

/** Builds the real site `runs` times without and with `MARGO_COMPARE_WITH=<ref>`, and prints the cost. */
export async function run(runs: number, ref: string): Promise<ChangesCost> {
	// Read once here, so the table says what the timed builds compared (and a bad ref stops before any build).
	const { comparison } = compareWithRef(projectRoot, ref);
	const found = summaryLine(summarize(comparison));
	const sites = [
		{ label: 'real site', root: projectRoot },
		{ label: `real site, MARGO_COMPARE_WITH=${ref}`, root: projectRoot, env: { MARGO_COMPARE_WITH: ref } },
	];
	// One build first, untimed: the kept results and bundles both builds share are then made, and
	// neither side's first round pays for them.
	await timeBuilds('real site, warming the caches', projectRoot, 1);
	const [without, withRef] = (await timeBuildsInRounds(sites, runs)) as [BuildTiming, BuildTiming];
	const added = median(withRef.runs.map((ms, round) => ms / without.runs[round]! - 1));
	console.log(
		table(
			['build', 'median', 'runs'],
			[without, withRef].map((timing) => [timing.label, formatMs(timing.median), timing.runs.map(formatMs).join(', ')]),
		),
	);
	console.log(
		`\ncompared with ${ref} (${comparison.base.commit.slice(0, 12)}): ${found}` +
			`\nthe comparison adds ${(added * 100).toFixed(1)} % to the build (median of ${runs} rounds; target < ${TARGET * 100} %)`,
	);
	return { ref, commit: comparison.base.commit, found, timings: [without, withRef], added, withinTarget: added < TARGET };
}

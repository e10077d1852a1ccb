/**
 * What `MARGO_COMPARE_WITH` adds to the build of the real site: the site built without it and with
 * it, in turn in each round (in the other order each other round) so both see the same load, and
 * the median of the rounds' ratios (target: under 10 % more). Run by `npm run bench` (section
 * `changes`).
 */
import { compareWithRef } from '../../src/features/changes/compare.ts';
import { summarize, summaryLine } from '../../src/features/changes/summary.ts';
import { projectRoot } from '../../tests/support/run-astro.ts';
import { timeBuilds, type BuildTiming } from './build-time.ts';
import { formatMs, median, table } from './stats.ts';

/** The added share over which the comparison costs too much. */
const TARGET = 0.1;

export interface ChangesCost {
	ref: string;
	commit: string;
	/** What the comparison found, as the preview notice says it. */
	found: string;
	/** The comparison alone, in this process: what the build adds before rendering its pages. */
	comparisonMs: number;
	timings: BuildTiming[];
	/** Median over the rounds of (with / without) − 1. */
	added: number;
	withinTarget: boolean;
}

/** Builds the real site `runs` times without and with `MARGO_COMPARE_WITH=<ref>`, and prints the cost. */
export async function run(runs: number, ref: string): Promise<ChangesCost> {
	// Done once here too, so the table says what the timed builds compared, and how long the
	// comparison itself takes (a bad ref stops before any build).
	const start = performance.now();
	const { comparison } = compareWithRef(projectRoot, ref);
	const comparisonMs = performance.now() - start;
	const found = summaryLine(summarize(comparison));
	const without = { label: 'real site', root: projectRoot, env: {} };
	const withRef = { label: `real site, MARGO_COMPARE_WITH=${ref}`, root: projectRoot, env: { MARGO_COMPARE_WITH: ref } };
	// One build first, untimed: the kept results and bundles both builds share are then made, and
	// neither side's first round pays for them.
	await timeBuilds('real site, warming the caches', projectRoot, 1);
	const times: [number[], number[]] = [[], []];
	for (let round = 0; round < runs; round++) {
		// Each other round the other way round: a load that rises or falls through the run weighs on both sides alike.
		const order = round % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
		for (const side of order) {
			const site = side === 0 ? without : withRef;
			times[side].push((await timeBuilds(`${site.label}, round ${round + 1}`, site.root, 1, site.env)).runs[0]!);
		}
	}
	const timings = [without, withRef].map((site, side) => ({
		label: site.label,
		runs: times[side as 0 | 1],
		median: median(times[side as 0 | 1]),
	}));
	const added = median(times[1].map((ms, round) => ms / times[0][round]! - 1));
	console.log(
		table(
			['build', 'median', 'runs'],
			timings.map((timing) => [timing.label, formatMs(timing.median), timing.runs.map(formatMs).join(', ')]),
		),
	);
	console.log(
		`\ncompared with ${ref} (${comparison.base.commit.slice(0, 12)}): ${found}; the comparison alone took ${formatMs(comparisonMs)}` +
			`\nthe comparison adds ${(added * 100).toFixed(1)} % to the build (median of ${runs} rounds; target < ${TARGET * 100} %)`,
	);
	return { ref, commit: comparison.base.commit, found, comparisonMs, timings, added, withinTarget: added < TARGET };
}

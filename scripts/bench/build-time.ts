import { mkdtempSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../tests/support/run-astro.ts';
import { median } from './stats.ts';

export interface BuildTiming {
	label: string;
	runs: number[];
	median: number;
}

/** Builds `root` `runs` times into a scratch folder, with `env` added, and returns the wall times in ms. */
export async function timeBuilds(label: string, root: string, runs: number, env: Record<string, string> = {}): Promise<BuildTiming> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const outDir = mkdtempSync(join(tmpdir(), 'margo-bench-'));
		const start = performance.now();
		const result = await buildSite(root, outDir, env);
		const elapsed = performance.now() - start;
		rmSync(outDir, { recursive: true, force: true });
		if (result.code !== 0) throw new Error(`${label}: build failed\n${result.output.slice(-4000)}`);
		times.push(elapsed);
		process.stderr.write(`  ${label} run ${i + 1}/${runs}: ${(elapsed / 1000).toFixed(1)} s\n`);
	}
	return { label, runs: times, median: median(times) };
}

/** Our generated site must have the project's routes (decisions, reference, playground) too. */
export function linkProjectPages(projectRoot: string, siteRoot: string): void {
	const pages = join(projectRoot, 'src', 'pages');
	if (existsSync(pages)) symlinkSync(pages, join(siteRoot, 'src', 'pages'), 'dir');
}

/**
 * Builds each site once per round, in turn, for `runs` rounds: sites compared with each other see
 * the same load on a shared machine. The first round starts from whatever cache each site has.
 */
export async function timeBuildsInRounds(sites: readonly { label: string; root: string }[], runs: number): Promise<BuildTiming[]> {
	const times = sites.map(() => [] as number[]);
	for (let round = 0; round < runs; round++) {
		for (const [index, site] of sites.entries()) {
			const timing = await timeBuilds(`${site.label}, round ${round + 1}`, site.root, 1);
			times[index]!.push(timing.runs[0]!);
		}
	}
	return sites.map((site, index) => ({ label: site.label, runs: times[index]!, median: median(times[index]!) }));
}

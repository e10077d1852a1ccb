/**
 * Lighthouse 13 (mobile, simulated throttling, performance only) on one page of each type that
 * matters for weight, beside a page of a bare Starlight site built in the same run. The reference
 * has two page types: a whole document (the management API) and one page of a third-party
 * document split by tag (the `split-reference` fixture). "Try it" is a dialog of those pages, not
 * a page of its own: its Scalar bundle loads on the first press, after what Lighthouse measures. Lighthouse is
 * fetched by `npm exec` for the bench only and drives Debian's Chromium (`CHROME_PATH`).
 * Run by `npm run bench` (section `lighthouse`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildFixture, projectRoot } from '../../tests/support/run-astro.ts';
import { CHROMIUM } from '../../tests/support/launch.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { builtSites } from './built-sites.ts';
import { median, table } from './stats.ts';

const run = promisify(execFile);

/** The pages scored: the heavy ones and a plain spec page. */
const PAGES = [
	{ label: 'spec page', path: '/specification/onboarding/' },
	{ label: 'API reference', path: '/reference/margo-management-api/' },
	{ label: 'playground', path: '/playground/' },
	{ label: 'decision tracker', path: '/decisions/dt-004/' },
];

/** A page of a document past the 60 operations one page holds, split by tag. */
const SPLIT_REFERENCE = { label: 'split third-party reference', path: '/reference/warehouse/pallets/' };

export interface LighthouseScore {
	label: string;
	path: string;
	/** Median performance score (0–100) of the runs. */
	score: number;
	lcpMs: number;
	htmlKB: number;
	domNodes: number;
	runs: number[];
}

async function lighthouse(url: string): Promise<{ score: number; lcpMs: number; domNodes: number }> {
	const out = join(mkdtempSync(join(tmpdir(), 'margo-lighthouse-')), 'report.json');
	await run(
		'npm',
		[
			'exec',
			'--yes',
			'--package=lighthouse@13',
			'--',
			'lighthouse',
			url,
			'--only-categories=performance',
			'--output=json',
			`--output-path=${out}`,
			'--quiet',
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
		],
		{ cwd: projectRoot, env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
	);
	const report = JSON.parse(readFileSync(out, 'utf8')) as {
		categories: { performance: { score: number } };
		audits: Record<string, { numericValue?: number }>;
	};
	rmSync(join(out, '..'), { recursive: true, force: true });
	return {
		score: Math.round(report.categories.performance.score * 100),
		lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
		// Lighthouse 13 reports the element count in its DOM size insight.
		domNodes: report.audits['dom-size-insight']?.numericValue ?? report.audits['dom-size']?.numericValue ?? NaN,
	};
}

/** Median of `runs` Lighthouse runs on one page of a site served from `dir` at `base`. */
export async function scorePage(base: string, dir: string, label: string, path: string, runs: number): Promise<LighthouseScore> {
	const results = [];
	for (let i = 0; i < runs; i++) results.push(await lighthouse(new URL(path, base).href));
	const html = readFileSync(join(dir, path, 'index.html'));
	return {
		label,
		path,
		score: median(results.map((r) => r.score)),
		lcpMs: median(results.map((r) => r.lcpMs)),
		htmlKB: html.length / 1024,
		domNodes: median(results.map((r) => r.domNodes)),
		runs: results.map((r) => r.score),
	};
}

export async function measureLighthouse(cache: string, runs: number): Promise<LighthouseScore[]> {
	const { dist, bareDist } = await builtSites(cache);
	const split = await buildFixture('split-reference');
	if (split.code !== 0) throw new Error(split.output);
	// The sites are served gzipped, as GitHub Pages serves them.
	const site = await serveStatic(dist, { compress: true });
	const bare = await serveStatic(bareDist, { compress: true });
	const splitSite = await serveStatic(split.outDir, { compress: true });
	try {
		const scores = [await scorePage(bare.url, bareDist, 'bare Starlight page', '/overview/page-0/', runs)];
		for (const { label, path } of PAGES) scores.push(await scorePage(site.url, dist, label, path, runs));
		scores.push(await scorePage(splitSite.url, split.outDir, SPLIT_REFERENCE.label, SPLIT_REFERENCE.path, runs));
		return scores;
	} finally {
		site.server.close();
		bare.server.close();
		splitSite.server.close();
		rmSync(split.outDir, { recursive: true, force: true });
	}
}

export function printLighthouse(scores: readonly LighthouseScore[]): void {
	const bare = scores[0]?.score ?? NaN;
	console.log(
		table(
			['page', 'performance (median)', 'vs bare Starlight', 'runs', 'LCP', 'HTML', 'DOM nodes'],
			scores.map((s) => [
				`${s.label} ${s.path}`,
				String(s.score),
				`${s.score - bare >= 0 ? '+' : ''}${s.score - bare}`,
				s.runs.join(', '),
				`${(s.lcpMs / 1000).toFixed(2)} s`,
				`${s.htmlKB.toFixed(0)} KB`,
				String(s.domNodes),
			]),
		),
	);
	console.log('\ntarget: ≥ 95 on every page type; no reference page over 1 MB of HTML or 30,000 DOM nodes');
}

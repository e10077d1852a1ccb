/**
 * Scale benchmark of the API reference: builds a throw-away site holding this project's
 * management API and GitHub's REST description (npm `@octokit/openapi`, OpenAPI 3.0.3, 13 MB,
 * never added to the real site) with the checks on and `github: warn` in `openapi/checks.yaml`,
 * as a user would add it; reports the build's time and peak memory and the generic mock's
 * requests per second for one of its GET operations; serves the site and measures in headless
 * Chromium: when the first operation is
 * visible, how much JavaScript and HTML a page loads, main-thread blocking, and how long "Try it"
 * takes to open Scalar's request client. For comparison, it also mounts plain Scalar (fonts,
 * telemetry and agent off) on the whole document. For each document, the largest reference page
 * (HTML bytes, DOM nodes) beside the target, and Lighthouse on GitHub's largest page beside our
 * management API's, both served gzipped as in the `lighthouse` section.
 *
 * Run by `npm run bench` (section `reference`), or alone:
 *
 *   node scripts/bench/reference.ts [--no-plain-github] [--runs N]
 */
import { chromium, type Browser } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { projectRoot } from '../../tests/support/run-astro.ts';
import { startMockServer } from '../../src/features/mock/node/server.ts';
import { buildWithPeak } from './peak-build.ts';
import { median, percentile } from './stats.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { CHROMIUM } from '../../tests/support/launch.ts';
import { scorePage, type LighthouseScore } from './lighthouse.ts';
import { measureDocument, printSizes, type DocumentSizes } from './reference-size.ts';

const GITHUB = join(projectRoot, 'node_modules/@octokit/openapi/generated/api.github.com.json');
const PLAIN_TIMEOUT = 60_000;

interface Figures {
	page: string;
	firstOperationMs: number | null;
	fcpMs: number | null;
	loadMs: number | null;
	htmlKB: number;
	jsKB: number;
	domNodes: number;
	blockingMs: number;
	tryItMs?: number | null;
	foreign: string[];
}

async function measure(
	{ browser, url }: { browser: Browser; url: string },
	path: string,
	selector: string,
	options: { tryIt?: boolean; timeout?: number } = {},
): Promise<Figures> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const foreign: string[] = [];
	await context.route('**/*', (route) => {
		if (new URL(route.request().url()).host !== new URL(url).host) {
			foreign.push(route.request().url());
			return route.abort();
		}
		return route.continue();
	});
	await context.addInitScript((selector: string) => {
		const w = window as unknown as { __blocking: number; __first: number | null };
		w.__blocking = 0;
		w.__first = null;
		// The frame in which the first operation is rendered: found by a mutation, timed by the next frame.
		const observer = new MutationObserver(() => {
			if (w.__first !== null || !document.querySelector(selector)) return;
			observer.disconnect();
			requestAnimationFrame(() => (w.__first = performance.now()));
		});
		observer.observe(document, { childList: true, subtree: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__blocking += Math.max(0, entry.duration - 50);
		}).observe({ type: 'longtask', buffered: true });
	}, selector);
	const page = await context.newPage();
	page.goto(url + path).catch(() => undefined);
	let firstOperationMs: number | null;
	try {
		await page
			.locator(selector)
			.first()
			.waitFor({ state: 'visible', timeout: options.timeout ?? 30_000 });
		await page.waitForFunction(() => (window as unknown as { __first: number | null }).__first !== null);
		firstOperationMs = await page.evaluate(() => Math.round((window as unknown as { __first: number }).__first));
	} catch {
		firstOperationMs = null;
	}
	await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => undefined);
	const stats = await page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0];
		const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		const js = resources.filter((r) => /\.m?js(\?|$)/.test(r.name)).reduce((sum, r) => sum + r.encodedBodySize, 0);
		return {
			fcpMs: fcp ? Math.round(fcp.startTime) : null,
			loadMs: nav && nav.loadEventEnd ? Math.round(nav.loadEventEnd) : null,
			htmlKB: Math.round((nav?.encodedBodySize ?? 0) / 1024),
			jsKB: Math.round(js / 1024),
			domNodes: document.getElementsByTagName('*').length,
			blockingMs: Math.round((window as unknown as { __blocking: number }).__blocking),
		};
	});
	let tryItMs: number | null | undefined;
	if (options.tryIt && firstOperationMs !== null) {
		const button = page.locator('button.api-try').first();
		await button.scrollIntoViewIfNeeded();
		const t = Date.now();
		await button.click();
		tryItMs = await page
			.locator('dialog[open] .scalar-client--open')
			.first()
			.waitFor({ state: 'visible', timeout: 30_000 })
			.then(() => Date.now() - t)
			.catch(() => null);
	}
	await context.close();
	return { page: path, firstOperationMs, ...stats, ...(tryItMs === undefined ? {} : { tryItMs }), foreign };
}

/** Builds, measures, prints tables and returns the figures; Lighthouse scores are medians of `runs`. */
export async function run(runs = 1, plainGithub = !process.argv.includes('--no-plain-github')): Promise<unknown> {
	// Inside the project, so the site's packages resolve from node_modules.
	const cache = join(projectRoot, 'node_modules/.cache');
	mkdirSync(cache, { recursive: true });
	const root = mkdtempSync(join(cache, 'margo-bench-'));
	mkdirSync(join(root, 'openapi'));
	mkdirSync(join(root, 'src/pages'), { recursive: true });
	mkdirSync(join(root, 'content/docs'), { recursive: true });
	writeFileSync(
		join(root, 'content/docs/index.md'),
		'---\ntitle: Reference benchmark\ndescription: A site holding two API documents.\n---\n\nSee the [API documents](/reference/).\n',
	);
	cpSync(join(projectRoot, 'openapi/margo-management-api.yaml'), join(root, 'openapi/margo-management-api.yaml'));
	cpSync(GITHUB, join(root, 'openapi/github.json'));
	// Checked as any document a user brings: at level warn its own problems are printed, not fatal.
	writeFileSync(join(root, 'openapi/checks.yaml'), 'github: warn\n');
	const siteConfig = join(projectRoot, 'src/site.ts');
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport { createSiteConfig } from ${JSON.stringify(siteConfig)};\n` +
			`export default defineConfig(createSiteConfig({ root: ${JSON.stringify(root)} }));\n`,
	);
	writeFileSync(
		join(root, 'src/content.config.ts'),
		`export { collections } from ${JSON.stringify(join(projectRoot, 'src/content.config.ts'))};\n`,
	);
	// Plain Scalar on a whole document, the configuration the issue measured, for comparison.
	writeFileSync(
		join(root, 'src/pages/plain-scalar.astro'),
		`<div id="app"></div>\n<script>\nimport { createApiReference } from '@scalar/api-reference';\nimport '@scalar/api-reference/style.css';\n` +
			`const doc = new URLSearchParams(location.search).get('doc');\n` +
			`createApiReference('#app', { url: import.meta.env.BASE_URL + 'openapi/' + doc + '.json', withDefaultFonts: false, telemetry: false, agent: { disabled: true }, mcp: { disabled: true }, showDeveloperTools: 'never', showToolbar: 'never' });\n</script>\n`,
	);

	const build = await buildWithPeak(root, join(root, 'dist'));
	if (build.code !== 0) throw new Error(build.output);
	const buildSeconds = build.seconds;
	const warnings = Number(/API documents checked at level warn \(the build goes on\): (\d+) problems/.exec(build.output)?.[1] ?? 0);
	const mock = await githubMockThroughput(root);
	const { url, server } = await serveStatic(join(root, 'dist'));
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
	const site = { browser, url };

	const dist = join(root, 'dist');
	const sizes: DocumentSizes[] = [];
	for (const id of ['margo-management-api', 'github']) sizes.push(await measureDocument(browser, url, dist, id));
	const largestGithub = sizes[1]!.largestHtml.path;

	const results: Figures[] = [];
	const ours = '/reference/margo-management-api/';
	results.push(await measure(site, ours, '.api-op h3', { tryIt: true }));
	results.push(await measure(site, '/reference/github/', '.api-index a'));
	results.push(await measure(site, '/reference/github/repos/', '.api-op h3', { tryIt: true }));
	results.push(await measure(site, '/reference/github/issues/', '.api-op h3', { tryIt: true }));
	if (!results.some((r) => r.page === largestGithub))
		results.push(await measure(site, largestGithub, '.api-op h3, .api-schema-section h3'));
	// Scalar gives each operation's block an id ending in `/<METHOD>/<path>`.
	const scalarOperation = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].map((m) => `.scalar-app [id*="/${m}/"]`).join(', ');
	results.push(await measure(site, '/plain-scalar/?doc=margo-management-api', scalarOperation, { timeout: PLAIN_TIMEOUT }));
	if (plainGithub) {
		results.push(await measure(site, '/plain-scalar/?doc=github', scalarOperation, { timeout: PLAIN_TIMEOUT }));
	}

	await browser.close();
	server.close();
	// Lighthouse as in the `lighthouse` section: mobile, simulated throttling, served gzipped.
	const gzipped = await serveStatic(dist, { compress: true });
	const lighthouse: LighthouseScore[] = [];
	try {
		lighthouse.push(await scorePage(gzipped.url, dist, 'our API reference', ours, runs));
		lighthouse.push(await scorePage(gzipped.url, dist, "GitHub's largest reference page", largestGithub, runs));
	} finally {
		gzipped.server.close();
	}
	console.log(
		`Build of both documents, checks on (github: warn): ${buildSeconds.toFixed(1)} s (target ≤ 90 s), peak RSS ${build.peakMiB?.toFixed(0) ?? '?'} MiB (target ≤ 3072 MiB), ` +
			`${build.output.match(/(\d+) page\(s\) built/)?.[1] ?? '?'} pages, ${warnings} problems of GitHub's document printed\n`,
	);
	console.log(
		`Generic mock, Node server, GET /mock/github${MOCK_PATH}: ${mock.rps.toFixed(0)} requests/s (${MOCK_REQUESTS} requests, ${MOCK_CONCURRENCY} concurrent; first request ${mock.firstMs.toFixed(0)} ms, p50 ${mock.p50.toFixed(1)} ms, p95 ${mock.p95.toFixed(1)} ms)\n`,
	);
	console.log(
		'| page | first operation (ms) | FCP (ms) | load (ms) | HTML (KB) | JS (KB) | DOM nodes | blocking (ms) | Try it → client (ms) | foreign requests |',
	);
	console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const r of results) {
		console.log(
			`| ${r.page} | ${r.firstOperationMs ?? `none within ${PLAIN_TIMEOUT / 1000} s`} | ${r.fcpMs ?? '–'} | ${r.loadMs ?? '–'} | ${r.htmlKB} | ${r.jsKB} | ${r.domNodes} | ${r.blockingMs} | ${r.tryItMs ?? '–'} | ${r.foreign.length} |`,
		);
	}
	for (const r of results) if (r.foreign.length) console.log(`Blocked on ${r.page}: ${r.foreign.join(', ')}`);
	console.log('\nLargest reference page of each document (HTML as built; DOM nodes counted in Chromium after load):\n');
	printSizes(sizes);
	console.log(`\nLighthouse 13 mobile performance, served gzipped, median of ${runs} (target ≥ 95):\n`);
	for (const s of lighthouse) {
		console.log(
			`${s.label} ${s.path}: ${s.score} (runs ${s.runs.join(', ')}; LCP ${(s.lcpMs / 1000).toFixed(2)} s, ${s.htmlKB.toFixed(0)} KB, ${s.domNodes} DOM nodes)`,
		);
	}
	rmSync(root, { recursive: true, force: true });
	return { buildSeconds, buildPeakMiB: build.peakMiB, githubProblems: warnings, githubMock: mock, pages: results, sizes, lighthouse };
}

const MOCK_PATH = '/repos/octocat/hello-world';
const MOCK_REQUESTS = 2000;
const MOCK_CONCURRENCY = 16;

/** Requests per second of `npm run mock`'s server for one GET operation of GitHub's document. */
async function githubMockThroughput(root: string): Promise<{ rps: number; firstMs: number; p50: number; p95: number }> {
	const server = await startMockServer({ root, port: 0 });
	const url = `${server.url}/mock/github${MOCK_PATH}`;
	try {
		let started = performance.now();
		// The first request reads and upgrades the document and compiles the operation's checks.
		const first = await fetch(url);
		if (first.status !== 200) throw new Error(`the mock answered ${first.status}: ${await first.text()}`);
		await first.arrayBuffer();
		const firstMs = performance.now() - started;
		const latencies: number[] = [];
		let next = 0;
		const worker = async () => {
			while (next < MOCK_REQUESTS) {
				next += 1;
				const start = performance.now();
				const response = await fetch(url);
				await response.arrayBuffer();
				latencies.push(performance.now() - start);
			}
		};
		started = performance.now();
		await Promise.all(Array.from({ length: MOCK_CONCURRENCY }, worker));
		const seconds = (performance.now() - started) / 1000;
		return { rps: latencies.length / seconds, firstMs, p50: median(latencies), p95: percentile(latencies, 95) };
	} finally {
		await server.close();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const runs = process.argv.indexOf('--runs');
	await run(runs > 0 ? Number(process.argv[runs + 1]) : 1);
}

/**
 * Mock benchmark: round trips of a request the mock's service worker answers in Chromium (from
 * the playground page), beside a request of the same page to the static server, which the worker
 * leaves alone; and the Node mock server against Prism (`mock-vs-prism.ts`). Run by `npm run bench`
 * (section `mock`; section `mock-browser` for the round trips alone).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, projectRoot } from '../../tests/support/run-astro.ts';
import { launchBrowser } from '../../tests/support/launch.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { compareWithPrism, printComparison } from './mock-vs-prism.ts';
import { formatMs, median, percentile, table } from './stats.ts';

const BROWSER_REQUESTS = 300;

/**
 * Round trips in ms of `GET <base>api/v1/onboarding/certificate` answered by the worker, and of
 * a static file of the same page, which the worker does not take (the baseline: what any request
 * of the page costs).
 */
async function browserRoundTrips(): Promise<{ mock: number[]; passThrough: number[] }> {
	const dist = mkdtempSync(join(tmpdir(), 'margo-bench-mock-'));
	const built = await buildSite(projectRoot, dist);
	if (built.code !== 0) throw new Error(built.output);
	const site = await serveStatic(dist);
	const browser = await launchBrowser();
	try {
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${site.url}/playground/`, { waitUntil: 'networkidle' });
		await page.waitForSelector('[data-playground][data-ready]', { timeout: 60_000 });
		return await page.evaluate(async (count) => {
			const time = async (url: string, init?: RequestInit) => {
				const start = performance.now();
				const response = await fetch(url, init);
				await response.arrayBuffer();
				if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
				return performance.now() - start;
			};
			const mockUrl = `${location.origin}/api/v1/onboarding/certificate`;
			const staticUrl = `${location.origin}/favicon.svg`;
			// Warm-up: the first requests compile the handlers' code paths.
			for (let i = 0; i < 20; i++) await time(mockUrl);
			const mock: number[] = [];
			const passThrough: number[] = [];
			// Interleaved, so both see the same load (and the same request log length).
			for (let i = 0; i < count; i++) {
				mock.push(await time(mockUrl));
				passThrough.push(await time(staticUrl, { cache: 'no-store' }));
			}
			return { mock, passThrough };
		}, BROWSER_REQUESTS);
	} finally {
		await browser.close();
		site.server.close();
		rmSync(dist, { recursive: true, force: true });
	}
}

export async function run(runs = 3, withPrism = true): Promise<unknown> {
	const trips = await browserRoundTrips();
	const browser = {
		requests: trips.mock.length,
		medianMs: median(trips.mock),
		p95Ms: percentile(trips.mock, 95),
		passThroughMedianMs: median(trips.passThrough),
		passThroughP95Ms: percentile(trips.passThrough, 95),
	};
	console.log(
		table(
			['path', 'requests', 'median', 'p95'],
			[
				['browser → service worker → handlers', String(browser.requests), formatMs(browser.medianMs), formatMs(browser.p95Ms)],
				[
					'baseline: static file (not taken by the worker)',
					String(browser.requests),
					formatMs(browser.passThroughMedianMs),
					formatMs(browser.passThroughP95Ms),
				],
			],
		),
	);
	console.log(
		`\nratio mock / static file: ${(browser.medianMs / browser.passThroughMedianMs).toFixed(2)}; target: browser round trip median ≤ 5 ms\n`,
	);
	if (!withPrism) return { browser };
	const prism = await compareWithPrism(runs);
	printComparison(prism);
	return { browser, prism };
}

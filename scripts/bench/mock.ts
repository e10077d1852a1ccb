/**
 * Mock benchmark: round trips of a request through the service worker in Chromium (the
 * playground page's worker), and requests per second of the Node mock server under a bounded
 * local load. Run by `npm run bench` (section `mock`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer } from '../../src/features/mock/node/server.ts';
import { buildSite, projectRoot } from '../../tests/support/run-astro.ts';
import { launchBrowser } from '../../tests/support/launch.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { formatMs, median, percentile, table } from './stats.ts';

const BROWSER_REQUESTS = 300;
const NODE_REQUESTS = 5000;
const NODE_CONCURRENCY = 16;

/** Round trips in ms of `GET <base>api/v1/onboarding/certificate` answered by the worker. */
async function browserRoundTrips(): Promise<number[]> {
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
			const url = `${location.origin}/api/v1/onboarding/certificate`;
			const times: number[] = [];
			// Warm-up: the first requests compile the handlers' code paths.
			for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer();
			for (let i = 0; i < count; i++) {
				const start = performance.now();
				const response = await fetch(url);
				await response.arrayBuffer();
				if (response.status !== 200) throw new Error(`mock answered ${response.status}`);
				times.push(performance.now() - start);
			}
			return times;
		}, BROWSER_REQUESTS);
	} finally {
		await browser.close();
		site.server.close();
		rmSync(dist, { recursive: true, force: true });
	}
}

/** Requests per second of the Node mock server: a fixed number of requests, a fixed concurrency. */
async function nodeThroughput(): Promise<{ rps: number; p50: number; p95: number }> {
	const server = await startMockServer({ root: projectRoot, port: 0 });
	const url = `${server.url}${server.mock.apiPath}/onboarding/certificate`;
	const latencies: number[] = [];
	let next = 0;
	const worker = async () => {
		while (next < NODE_REQUESTS) {
			next += 1;
			const start = performance.now();
			const response = await fetch(url);
			await response.arrayBuffer();
			if (response.status !== 200) throw new Error(`mock answered ${response.status}`);
			latencies.push(performance.now() - start);
		}
	};
	const start = performance.now();
	await Promise.all(Array.from({ length: NODE_CONCURRENCY }, worker));
	const seconds = (performance.now() - start) / 1000;
	await server.close();
	return { rps: latencies.length / seconds, p50: median(latencies), p95: percentile(latencies, 95) };
}

export async function run(): Promise<unknown> {
	const trips = await browserRoundTrips();
	const node = await nodeThroughput();
	const figures = {
		browser: { requests: trips.length, medianMs: median(trips), p95Ms: percentile(trips, 95) },
		node: { requests: NODE_REQUESTS, concurrency: NODE_CONCURRENCY, requestsPerSecond: node.rps, p50Ms: node.p50, p95Ms: node.p95 },
	};
	console.log(
		table(
			['path', 'requests', 'median', 'p95', 'requests/s'],
			[
				[
					'browser → service worker → handlers',
					String(trips.length),
					formatMs(figures.browser.medianMs),
					formatMs(figures.browser.p95Ms),
					'—',
				],
				[
					`Node server (${NODE_CONCURRENCY} concurrent)`,
					String(NODE_REQUESTS),
					formatMs(node.p50),
					formatMs(node.p95),
					node.rps.toFixed(0),
				],
			],
		),
	);
	console.log('\ntarget: browser round trip median ≤ 5 ms');
	return figures;
}

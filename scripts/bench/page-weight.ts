import { gzipSync, brotliCompressSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
	label: string;
	path: string;
	status: number;
	js: Weight;
	css: Weight;
	/** Script URLs whose code belongs to Scalar or MSW (must be empty on spec pages). */
	heavyScripts: string[];
}

export interface Weight {
	files: number;
	/** Bytes after decoding (what the browser parses). */
	decoded: number;
	gzip: number;
	brotli: number;
}

const empty = (): Weight => ({ files: 0, decoded: 0, gzip: 0, brotli: 0 });

// Markers found in the bundles of the two heavy libraries; a spec page must load neither.
const HEAVY_MARKERS = [/@scalar\//, /scalar-app/, /mock-service-worker/, /\[MSW\]/];

/**
 * Loads a page in Chromium and adds up the JavaScript and CSS it fetched, after the network has
 * been idle (so lazily loaded chunks count). Compressed sizes are computed here, as a static
 * host would serve them.
 */
export async function measurePage(browser: Browser, base: string, label: string, path: string): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const bodies: Promise<void>[] = [];
	const js = empty();
	const css = empty();
	const heavyScripts: string[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		bodies.push(
			response.body().then(
				(body) => {
					const weight = type === 'script' ? js : css;
					weight.files += 1;
					weight.decoded += body.length;
					weight.gzip += gzipSync(body, { level: 9 }).length;
					weight.brotli += brotliCompressSync(body).length;
					if (type === 'script' && HEAVY_MARKERS.some((m) => m.test(body.toString('utf8')))) heavyScripts.push(response.url());
				},
				() => undefined,
			),
		);
	});
	const response = await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
	await Promise.all(bodies);
	await context.close();
	return { label, path, status: response?.status() ?? 0, js, css, heavyScripts };
}

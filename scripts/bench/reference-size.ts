/**
 * The heaviest pages of each document's reference, beside the target of issue #16 (no reference
 * page over 1 MB of HTML or 30,000 DOM nodes): HTML bytes read from the build, DOM elements counted
 * in Chromium after the page has loaded (the elements a browser builds, styles and lays out;
 * closed parts that load when opened are not among them until they are opened).
 */
import type { Browser } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatBytes, table } from './stats.ts';

export const SIZE_TARGET = { htmlBytes: 1024 * 1024, domNodes: 30_000 };

export interface ReferencePageSize {
	document: string;
	/** Site path of the page, e.g. `/reference/github/repos/`. */
	path: string;
	htmlBytes: number;
	domNodes: number;
}

export interface DocumentSizes {
	document: string;
	pages: number;
	/** The page with the most HTML, and the one with the most DOM nodes (counted on the likeliest few). */
	largestHtml: ReferencePageSize;
	mostNodes: ReferencePageSize;
}

/** Every reference page of a document in the build, largest first, with a count of its start tags. */
export function pagesBySize(dist: string, id: string): { path: string; htmlBytes: number; tags: number }[] {
	const root = join(dist, 'reference', id);
	const found: { path: string; htmlBytes: number; tags: number }[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name === 'index.html') {
				const folder = relative(join(dist, 'reference'), dir).split('\\').join('/');
				const html = readFileSync(full, 'utf8');
				found.push({ path: `/reference/${folder}/`, htmlBytes: Buffer.byteLength(html), tags: html.match(/<[a-z]/gi)?.length ?? 0 });
			}
		}
	};
	walk(root);
	return found.sort((a, b) => b.htmlBytes - a.htmlBytes);
}

/**
 * Counts in Chromium the DOM nodes of a document's `candidates` largest pages and of those with the
 * most start tags in their HTML (a count the browser's may exceed a little: scripts add elements).
 */
export async function measureDocument(browser: Browser, url: string, dist: string, id: string, candidates = 3): Promise<DocumentSizes> {
	const pages = pagesBySize(dist, id);
	const byTags = [...pages].sort((a, b) => b.tags - a.tags);
	const chosen = [...new Set([...pages.slice(0, candidates), ...byTags.slice(0, candidates)])];
	const measured: ReferencePageSize[] = [];
	for (const { path, htmlBytes } of chosen) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(new URL(path, url).href, { waitUntil: 'load', timeout: 60_000 });
		const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
		await context.close();
		measured.push({ document: id, path, htmlBytes, domNodes });
	}
	const [largestHtml] = measured;
	if (!largestHtml) throw new Error(`no reference page of ${id} in ${dist}`);
	const mostNodes = measured.reduce((a, b) => (b.domNodes > a.domNodes ? b : a));
	return { document: id, pages: pages.length, largestHtml, mostNodes };
}

export function printSizes(documents: readonly DocumentSizes[]): void {
	const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
	console.log(
		table(
			['document (pages)', 'largest HTML', 'its DOM nodes', 'most DOM nodes', 'target ≤ 1 MB, ≤ 30,000 nodes'],
			documents.map((d) => [
				`${d.document} (${d.pages})`,
				`${formatBytes(d.largestHtml.htmlBytes)} ${d.largestHtml.path}`,
				String(d.largestHtml.domNodes),
				`${d.mostNodes.domNodes} ${d.mostNodes.path}`,
				`${verdict(d.largestHtml.htmlBytes <= SIZE_TARGET.htmlBytes)}, ${verdict(d.mostNodes.domNodes <= SIZE_TARGET.domNodes)}`,
			]),
		),
	);
}

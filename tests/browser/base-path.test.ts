import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGE_TYPES } from '../../scripts/bench/page-types.ts';
import { openTrackedPage, useBrowser } from '../support/browser.ts';
import { brokenBuiltLinks } from '../support/built-links.ts';
import { BASE, PULL_REQUEST } from '../support/shared-builds.ts';
import { builtSite } from '../support/shared-build.ts';
import { serveStatic } from '../support/static-server.ts';
import { sendTryItRequest } from '../support/try-it.ts';

/**
 * The site as GitHub Pages serves a project site, and as a pull request's preview is built: under
 * a base path, with the preview's snapshot notice. `/specification/` is the hard case: authors
 * write `/specification/onboarding/`, which becomes `/specification/specification/onboarding/`.
 * The one extra build of the real site in a test run (the shared build `site-base`, made in the
 * background while other tests run); `MARGO_TEST_BASE_DIST=<folder>` reuses one built earlier
 * (with the same base and pull request).
 */

const browser = useBrowser();
let site: { origin: string; dir: string; server: Server } | undefined;

beforeAll(async () => {
	const dir = (await builtSite('site-base')).outDir;
	const { url, server } = await serveStatic(dir, { base: BASE });
	site = { origin: url, dir, server };
});

afterAll(() => new Promise<void>((resolve) => (site ? site.server.close(() => resolve()) : resolve())));

const served = () => {
	if (!site) throw new Error('the site under a base path is not built yet');
	return site;
};
const url = (path: string) => `${served().origin}${BASE}${path.replace(/^\//, '')}`;
const open = () => openTrackedPage(browser(), served().origin);

test('writes every link, asset and anchor of every page under the base', () => {
	expect(brokenBuiltLinks(served().dir, BASE)).toEqual([]);
});

test.each(['sitemap-0.xml', 'decisions/feed.xml', 'decisions/deadlines.ics', 'decisions.json', 'requirements.json'])(
	'writes the addresses in %s under the base',
	(file) => {
		const text = readFileSync(join(served().dir, file), 'utf8');
		const addresses = [...text.matchAll(/https:\/\/margo\.example\.org[^\s"<\\]*/g)].map(([address]) => address);
		expect(addresses.length).toBeGreaterThan(0);
		expect(addresses.filter((address) => !address.startsWith(`https://margo.example.org${BASE}`))).toEqual([]);
	},
);

describe.concurrent.each(PAGE_TYPES)('$label ($path) under the base', ({ path, status }) => {
	test('loads with no console error, no failed request and no request to another host', async () => {
		const { context, page, log } = await open();
		const response = await page.goto(url(path), { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(status ?? 200);
		expect(log.foreign).toEqual([]);
		expect(log.failed).toEqual([]);
		expect(log.errors.filter((e) => !(status === 404 && /status of 404/.test(e)))).toEqual([]);
		// Nothing the page asked for was outside the base: the host serves nothing there.
		expect(log.all.filter((requested) => !new URL(requested).pathname.startsWith(BASE))).toEqual([]);
		await context.close();
	});
});

test("names the pull request and its commit in a preview's snapshot notice", async () => {
	const { context, page } = await open();
	await page.goto(url('/'), { waitUntil: 'networkidle' });
	await expect(page.locator('.margo-snapshot').innerText()).resolves.toMatch(
		new RegExp(`^Preview of pull request #${PULL_REQUEST} at [0-9a-f]{12}`),
	);
	await context.close();
});

test('finds a page through search and opens it under the base', async () => {
	const { context, page, log } = await open();
	await page.goto(url('/overview/introduction/'), { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Search' }).first().click();
	await page.locator('dialog[open] input').fill('onboarding');
	const first = page.locator('dialog[open] .pagefind-ui__result-link').first();
	await first.waitFor({ timeout: 15_000 });
	await expect(first.getAttribute('href')).resolves.toMatch(new RegExp(`^${BASE}`));
	await first.click();
	await page.waitForLoadState('networkidle');
	await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
	expect(log.failed).toEqual([]);
	expect(log.errors).toEqual([]);
	await context.close();
});

test('loads a closed schema body of the reference from under the base when it is opened', async () => {
	const { context, page, log } = await open();
	await page.goto(url('/reference/margo-management-api/'), { waitUntil: 'networkidle' });
	const closed = page.locator('details.api-more:visible').first();
	await closed.locator('summary').click();
	await closed.locator('.api-field').first().waitFor();
	expect(
		log.all.filter((requested) => new URL(requested).pathname.startsWith(`${BASE}reference/margo-management-api/parts/`)),
	).toHaveLength(1);
	expect(log.all.filter((requested) => !new URL(requested).pathname.startsWith(BASE))).toEqual([]);
	expect(log.failed).toEqual([]);
	expect(log.errors).toEqual([]);
	await context.close();
});

/** Runs a playground step and waits for its status line. */
async function runStep(page: Page, id: string): Promise<string> {
	await page.locator(`[data-step="${id}"] [data-run]`).click();
	const status = page.locator(`[data-step="${id}"] [data-status]`);
	await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^(Done|Failed)/);
	return (await status.textContent()) ?? '';
}

test('runs the mock in a service worker scoped to the base, reached by the playground and "Try it"', async () => {
	const { context, page, log } = await open();
	await page.goto(url('/playground/'));
	await page.waitForSelector('[data-playground][data-ready]', { timeout: 30_000 });
	await expect(page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).resolves.toBe(url('/'));
	for (const id of ['identity', 'root-ca', 'onboard', 'token']) await expect(runStep(page, id)).resolves.toMatch(/^Done/);

	// "Try it" sends the reference's example to the mock at <base>api/v1, as the playground's device.
	await sendTryItRequest(page, url('/reference/margo-management-api/'));
	await page.goto(url('/playground/'));
	await page.waitForSelector('[data-playground][data-ready]', { timeout: 30_000 });
	await expect
		.poll(() => page.locator('[data-log] > li summary').first().textContent())
		.toMatch(new RegExp(` PUT ${BASE}api/v1/clients/[0-9a-f-]{36}/capabilities → 201 Created$`));
	expect(log.foreign).toEqual([]);
	expect(log.failed).toEqual([]);
	expect(log.errors).toEqual([]);
	await context.close();
});

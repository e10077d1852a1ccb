import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

/**
 * The mock's service worker on its own: it answers the mock's requests without the network and
 * without the page, picks its state and log up from IndexedDB when the browser has stopped it,
 * leaves every other request to the browser, and takes control of a page loaded with a hard reload.
 */
const browser = useBrowser();

const ready = (page: Page) => page.waitForSelector('[data-playground][data-ready]', { timeout: 30_000 });

async function runStep(page: Page, id: string): Promise<void> {
	await page.locator(`[data-step="${id}"] [data-run]`).click();
	await page.waitForSelector(`[data-step="${id}"][data-done]`, { timeout: 20_000 });
}

/** How many exchanges the worker has written to IndexedDB (database `margo-mock`, store `kv`). */
function savedLogLength(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const opening = indexedDB.open('margo-mock');
				opening.onerror = () => reject(opening.error);
				opening.onsuccess = () => {
					const reading = opening.result.transaction('kv').objectStore('kv').get('request-log');
					reading.onsuccess = () => {
						resolve((reading.result as { entries?: unknown[] } | undefined)?.entries?.length ?? 0);
						opening.result.close();
					};
				};
			}),
	);
}

test('answers offline after the browser stopped it, from the state and log it kept in IndexedDB', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/playground/'));
	await ready(page);
	for (const id of ['identity', 'root-ca', 'onboard']) await runStep(page, id);
	const clientId = (await page.locator('[data-summary-device]').textContent())?.match(/client ([0-9a-f-]{36})/)?.[1];
	expect(clientId).toBeDefined();
	await expect.poll(() => savedLogLength(page)).toBe(2);

	// The browser stops an idle worker at any time; the next request starts it again, here with
	// the network off (turned off first: Playwright closes the page when offline is turned on while
	// the page's worker is stopped).
	await context.setOffline(true);
	const cdp = await context.newCDPSession(page);
	const stopped = new Promise<void>((resolve) =>
		cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
			if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
		}),
	);
	await cdp.send('ServiceWorker.enable');
	await cdp.send('ServiceWorker.stopAllWorkers');
	await stopped;
	const answered = await page.evaluate(async (url) => {
		const response = await fetch(url);
		return { status: response.status, state: (await response.json()) as { clients: { clientId: string }[] } };
	}, siteUrl('/api/mock/state'));
	expect(answered).toMatchObject({ status: 200, state: { clients: [{ clientId }] } });
	// Anything else is not the worker's: offline, it fails as it would without a worker.
	await expect(
		page.evaluate(
			(url) =>
				fetch(url).then(
					() => 'answered',
					() => 'failed',
				),
			siteUrl('/favicon.svg'),
		),
	).resolves.toBe('failed');
	await context.setOffline(false);

	// The restarted worker's log goes on from the saved one: the two steps, then the state request.
	await page.reload();
	await ready(page);
	await expect
		.poll(() => page.locator('[data-log] > li summary').allTextContents())
		.toEqual([
			expect.stringMatching(/ GET \/api\/mock\/state → 200 OK$/),
			expect.stringMatching(/ POST \/api\/v1\/onboarding → 201 Created$/),
			expect.stringMatching(/ GET \/api\/v1\/onboarding\/certificate → 200 OK$/),
		]);
	// The one error: the request that failed while offline.
	expect(log.errors).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
	await context.close();
});

test('takes control of a page loaded with a hard reload, which the browser gives no worker', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/playground/'));
	await ready(page);
	// Whether the page had a worker when it started loading, before the mock's code ran.
	await page.addInitScript(() => Object.assign(window, { controlledAtStart: navigator.serviceWorker.controller !== null }));
	const cdp = await context.newCDPSession(page);
	const loaded = page.waitForEvent('load');
	await cdp.send('Page.reload', { ignoreCache: true });
	await loaded;
	await ready(page);
	await expect(page.evaluate(() => (window as unknown as { controlledAtStart: boolean }).controlledAtStart)).resolves.toBe(false);
	await expect(page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).resolves.toBe(siteUrl('/mock-service-worker.js'));
	await runStep(page, 'identity');
	await runStep(page, 'root-ca');
	expect(log.errors).toEqual([]);
	await context.close();
});

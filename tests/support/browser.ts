import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

import { launchBrowser } from './launch.ts';
import { builtSite } from './shared-build.ts';

/**
 * One Chromium for the test file: launched before its tests, closed after them. Its tests start
 * once the real site (`siteUrl`) is built: it builds while the tests before them run.
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		const launched = launchBrowser();
		try {
			await builtSite('site');
		} finally {
			browser = await launched;
		}
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('the browser is not launched yet: call browser() inside a test or hook');
		return browser;
	};
}

/**
 * Presses Tab, as a keyboard user does, until `target` has the focus; fails after `limit` presses.
 * Tests reach a control this way rather than calling `focus()`, which a person cannot do.
 */
export async function tabTo(page: Page, target: Locator, limit = 400): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`);
}

/** Base URL of the built site served for this test run (see `tests/browser/global-setup.ts`). */
export function siteUrl(path = '/'): string {
	return new URL(path, inject('siteUrl')).href;
}

export interface RequestLog {
	/** Every URL the page asked for. */
	all: string[];
	/** URLs on any host other than the site's own: these were blocked, and must stay empty. */
	foreign: string[];
	/** Requests that failed (other than the blocked ones). */
	failed: string[];
	/** Console errors and uncaught exceptions. */
	errors: string[];
}

/**
 * Opens a page in a fresh context that records every request and blocks (and records) any
 * request that would leave the machine, so a test can assert the site stays on its own host.
 * `origin` is the site's (default: the one built for this test run); `options` set the context's
 * screen, colour scheme and the like.
 */
export async function openTrackedPage(
	browser: Browser,
	origin: string = inject('siteUrl'),
	options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; log: RequestLog }> {
	const context = await browser.newContext(options);
	const own = new URL(origin).host;
	const log: RequestLog = { all: [], foreign: [], failed: [], errors: [] };
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.protocol.startsWith('http') && url.host !== own) {
			log.foreign.push(url.href);
			return route.abort('blockedbyclient');
		}
		return route.continue();
	});
	const page = await context.newPage();
	page.on('request', (request) => log.all.push(request.url()));
	page.on('requestfailed', (request) => {
		if (new URL(request.url()).host === own) log.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') log.errors.push(message.text());
	});
	page.on('pageerror', (error) => log.errors.push(String(error)));
	return { context, page, log };
}

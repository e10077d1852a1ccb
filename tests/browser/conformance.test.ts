import { expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { openTrackedPage, siteUrl, tabTo, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

/** Markup a device could send: in the path (the browser percent-encodes it) and in a header the mock echoes. */
const MARKUP_PATH = 'api/v1/clients/<script>alert(1)<%2Fscript>/capabilities';
const MARKUP_TYPE = 'text/<script>alert(2)</script>';

/** What a report drawn into `scope` must show of the requests sent: real states, and markup as text only. */
async function expectStates(scope: Locator): Promise<void> {
	const onboarding = scope.locator('[data-requirement="REQ-ONB-004"]');
	await expect.poll(() => onboarding.getAttribute('data-state'), { timeout: 20_000 }).toBe('passed');
	await expect(onboarding.locator('a').first().getAttribute('href')).resolves.toMatch(/\/specification\/onboarding\/#REQ-ONB-004$/);
	const capabilities = scope.locator('[data-requirement="REQ-CAP-003"]');
	await expect(capabilities.getAttribute('data-state')).resolves.toBe('failed');
	await expect(capabilities.locator('p').textContent()).resolves.toBe(
		'Last failure: PUT /api/v1/clients/%3Cscript%3Ealert(1)%3C%2Fscript%3E/capabilities → 415 ' +
			`The content type ${MARKUP_TYPE} is not accepted; send application/json.`,
	);
	await expect(scope.locator('[data-requirement="REQ-STS-004"]').getAttribute('data-state')).resolves.toBe('unchecked');
	await expect(scope.locator('[data-conformance-status]').textContent()).resolves.toMatch(
		/^\d+ of \d+ checkable requirements checked since .*; 1 failed\.$/,
	);
	// The markup stayed text: no element came of it.
	await expect(scope.locator('script, b, img').count()).resolves.toBe(0);

	// "failed" shows the one failed requirement; "not checked yet" hides what was checked.
	await scope.getByLabel('failed').check();
	await expect(
		scope.locator('[data-requirement]:visible').evaluateAll((items) => items.map((item) => item.dataset['requirement'])),
	).resolves.toEqual(['REQ-CAP-003']);
	await scope.getByLabel('not checked yet').check();
	await expect(onboarding.isHidden()).resolves.toBe(true);
	await expect(scope.locator('[data-requirement="REQ-STS-004"]').isVisible()).resolves.toBe(true);
	await scope.getByLabel('all requirements').check();
}

test('shows real states in the playground’s Conformance panel, opened with the keyboard, and on the conformance page, markup as text', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
	await page.goto(siteUrl('/playground/'));
	await page.waitForSelector('[data-playground][data-ready]', { timeout: 30_000 });

	// The first three steps with Tab and Enter; focus moves on to the next step's button after each.
	await tabTo(page, page.locator('[data-step="identity"] [data-run]'));
	for (const step of ['identity', 'root-ca', 'onboard']) {
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.closest('[data-step]')?.getAttribute('data-step')), { timeout: 20_000 })
			.toBe(step);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator(`[data-step="${step}"] [data-status]`).textContent(), { timeout: 20_000 }).toMatch(/^Done/);
	}
	// A faulty request with markup, as a device might send, answered by the same service worker.
	const status = await page.evaluate(
		async ([path, type]) =>
			(
				await fetch(new URL(path!, location.href.replace(/playground\/$/, '')), {
					method: 'PUT',
					headers: { 'content-type': type! },
					body: '{}',
				})
			).status,
		[MARKUP_PATH, MARKUP_TYPE],
	);
	expect(status).toBe(415);

	const panel = page.locator('[data-conformance-panel]');
	await expect(panel.locator('[data-requirement]').count()).resolves.toBe(0);
	await tabTo(page, panel.locator('summary'));
	await page.keyboard.press('Enter');
	await expectStates(panel);

	// The conformance page draws the same report with the same view.
	await page.locator('a[href$="/conformance/"]').first().click();
	await page.waitForURL(/\/conformance\/$/);
	await expectStates(page.locator('[data-conformance]'));
	// Headings: one per page of the specification, below the page's title.
	await expect(page.locator('[data-conformance] h2').first().textContent()).resolves.toBeTruthy();

	expect(dialogs).toEqual([]);
	expect(log.foreign).toEqual([]);
	// Chromium logs the faulty request's 415 itself; nothing else went wrong.
	expect(log.errors).toEqual(['Failed to load resource: the server responded with a status of 415 ()']);
	await context.close();
}, 120_000);

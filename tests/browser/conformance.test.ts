import { expect, test } from 'vitest';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

test('shows a requirement checked on the conformance page after a playground step, with filters', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/playground/'));
	await page.waitForSelector('[data-playground][data-ready]', { timeout: 30_000 });
	for (const step of ['identity', 'root-ca', 'onboard']) {
		const button = page.locator(`[data-step="${step}"] [data-run]`);
		await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
		await button.click();
		await expect.poll(() => page.locator(`[data-step="${step}"] [data-status]`).textContent(), { timeout: 20_000 }).toMatch(/^Done/);
	}

	await page.locator(`a[href$="/conformance/"]`).first().click();
	await page.waitForURL(/\/conformance\/$/);
	const onboarding = page.locator('[data-requirement="REQ-ONB-004"]');
	await expect.poll(() => onboarding.getAttribute('data-state'), { timeout: 20_000 }).toBe('passed');
	await expect(onboarding.locator('a').first().getAttribute('href')).resolves.toMatch(/\/specification\/onboarding\/#REQ-ONB-004$/);
	await expect(page.locator('[data-conformance-status]').textContent()).resolves.toMatch(
		/^\d+ of \d+ checkable requirements checked since .*; 0 failed\.$/,
	);

	// "not checked yet" hides what was checked; "failed" shows nothing after good requests.
	await page.getByLabel('not checked yet').check();
	await expect(onboarding.isHidden()).resolves.toBe(true);
	await expect(page.locator('[data-requirement="REQ-STS-004"]').isVisible()).resolves.toBe(true);
	await page.getByLabel('failed').check();
	await expect(page.locator('[data-requirement]:visible').count()).resolves.toBe(0);

	expect(log.foreign).toEqual([]);
	expect(log.errors).toEqual([]);
	await context.close();
});

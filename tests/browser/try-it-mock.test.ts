import { expect, test } from 'vitest';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';
import { sendTryItRequest } from '../support/try-it.ts';

const browser = useBrowser();

test('sends a signed "Try it" request as the playground device and the mock accepts it', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/playground/'));
	await page.waitForSelector('[data-playground][data-ready]', { timeout: 30_000 });
	for (const id of ['identity', 'root-ca', 'onboard', 'token']) {
		await page.locator(`[data-step="${id}"] [data-run]`).click();
		await page.waitForSelector(`[data-step="${id}"][data-done]`, { timeout: 20_000 });
	}

	// The reference's example body, example clientId and example signature headers go out as the
	// device's: its clientId in the path, its token, and a real digest and signature.
	await sendTryItRequest(page, siteUrl('/reference/margo-management-api/'));

	await page.goto(siteUrl('/playground/'));
	await page.waitForSelector('[data-playground][data-ready]', { timeout: 30_000 });
	const latest = page.locator('[data-log] > li').first();
	await expect(latest.locator('summary').textContent()).resolves.toMatch(
		/PUT \/api\/v1\/clients\/[0-9a-f-]{36}\/capabilities → 201 Created$/,
	);
	await latest.locator('summary').click();
	await expect
		.poll(() => latest.textContent())
		.toMatch(/Signature-Input: sig1=\("@method" "@target-uri" "content-digest"\);created=\d+;keyid="[0-9a-f-]{36}"/);
	expect(log.foreign).toEqual([]);
	await context.close();
});

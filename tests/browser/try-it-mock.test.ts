import { expect, test } from 'vitest';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

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
	await page.goto(siteUrl('/reference/margo-management-api/'));
	await page.locator('[data-operation="putDeviceCapabilities"] button.api-try').click();
	const dialog = page.locator('dialog[open]');
	const send = dialog.getByRole('button', { name: /send request/i }).first();
	// Scalar's request client may still be closed: open it with the operation's "Test Request".
	const open = dialog.getByRole('button', { name: /test request/i }).first();
	// Scalar renders an operation once it scrolls into view.
	await dialog.locator('.scalar-app').first().waitFor({ timeout: 30_000 });
	await expect
		.poll(
			async () => {
				await dialog.hover();
				await page.mouse.wheel(0, 800);
				return (await send.isVisible()) || (await open.count()) > 0;
			},
			{ timeout: 30_000 },
		)
		.toBe(true);
	// Scalar keeps a transparent layer over its own buttons, which fails Playwright's hit test:
	// the buttons are clicked as the DOM would deliver a click.
	if (!(await send.isVisible())) await open.evaluate((button) => (button as HTMLButtonElement).click());
	await send.waitFor({ timeout: 30_000 });
	await send.evaluate((button) => (button as HTMLButtonElement).click());
	await expect.poll(() => dialog.innerText(), { timeout: 15_000 }).toMatch(/201\s*Created/);

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

import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Opens "Try it" for an operation of a reference page and sends its example request, as a reader
 * would; resolves once the response shows `201 Created` in the dialog. The playground's device must
 * have onboarded and fetched a token first, so the mock accepts the signed request.
 */
export async function sendTryItRequest(page: Page, referenceUrl: string, operation = 'putDeviceCapabilities'): Promise<void> {
	await page.goto(referenceUrl);
	await page.locator(`[data-operation="${operation}"] button.api-try`).click();
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
}

import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openTrackedPage, siteUrl, tabTo, useBrowser } from '../support/browser.ts';
import { STEPS } from '../../src/features/playground/steps.ts';

const browser = useBrowser();

const ready = (page: Page) => page.waitForSelector('[data-playground][data-ready]', { timeout: 30_000 });

/** Runs a step with the keyboard, as a person without a mouse would, and waits for its result. */
async function runStep(page: Page, id: string): Promise<string> {
	const button = page.locator(`[data-step="${id}"] [data-run]`);
	await expect.poll(() => button.isEnabled()).toBe(true);
	await tabTo(page, button);
	await page.keyboard.press('Enter');
	const status = page.locator(`[data-step="${id}"] [data-status]`);
	await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^(Done|Failed)/);
	return (await status.textContent()) ?? '';
}

test('walks a device through its lifecycle to installed, and keeps the state across a reload', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/playground/'));
	await ready(page);

	// The table of contents lists every step, and the state panel's labels sit beside their values.
	await expect(page.locator('starlight-toc a').allTextContents()).resolves.toEqual(
		expect.arrayContaining(STEPS.map((step, index) => `${index + 1}. ${step.title}`)),
	);
	const misaligned = await page
		.locator('[data-summary] > dt')
		.evaluateAll((labels) =>
			labels
				.filter((dt) => Math.abs(dt.getBoundingClientRect().top - dt.nextElementSibling!.getBoundingClientRect().top) > 2)
				.map((dt) => dt.textContent),
		);
	expect(misaligned).toEqual([]);

	const results: Record<string, string> = {};
	for (const [index, step] of STEPS.entries()) {
		results[step.id] = await runStep(page, step.id);
		// However long the output, the next step's button is on screen.
		const next = STEPS[index + 1];
		if (next) {
			const inView = () =>
				page.locator(`[data-step="${next.id}"] [data-run]`).evaluate((button) => {
					const box = button.getBoundingClientRect();
					return box.top >= 0 && box.bottom <= innerHeight;
				});
			// It is scrolled to once the summary and the log are redrawn, after the status shows.
			await expect.poll(inView, { message: `the button of step ${index + 2} is on screen`, timeout: 10_000 }).toBe(true);
		}
	}
	expect(results).toMatchObject({
		onboard: expect.stringMatching(/^Done: 201 Created: clientId [0-9a-f-]{36}$/),
		token: 'Done: 200 OK: a bearer token valid for 3600 s',
		capabilities: 'Done: 201 Created',
		manifest: 'Done: 200 OK (version 2, 1 deployment), then 304 Not Modified',
		deployment: 'Done: 200 OK: digest verified',
		installed: 'Done: 204 No Content: reported installed',
	});
	// The signed step shows its raw exchange, the signature base, and the result was announced.
	const token = page.locator('[data-step="token"] [data-output]');
	await expect(token.textContent()).resolves.toContain('"@signature-params": ("@method" "@target-uri" "content-digest")');
	await expect(token.locator('pre.shiki').first().textContent()).resolves.toMatch(/^POST \/api\/v1\/token HTTP\/1\.1/);
	await expect(page.locator('[data-announce]').textContent()).resolves.toContain('Report installed: done');
	await expect(page.locator('[data-summary-deployments]').textContent()).resolves.toMatch(
		/^vision-inspection \([0-9a-f]{8}…\): installed Remove$/,
	);
	// The log is redrawn once per animation frame after the exchanges.
	await expect.poll(() => page.locator('[data-log] > li').count()).toBe(10);

	await page.reload();
	await ready(page);
	await expect(page.locator('[data-summary-deployments]').textContent()).resolves.toMatch(
		/^vision-inspection \([0-9a-f]{8}…\): installed Remove$/,
	);
	await expect(page.locator('[data-step="installed"] [data-status]').textContent()).resolves.toBe(
		'Done: 204 No Content: reported installed',
	);
	await expect(page.locator('[data-step][data-done]').count()).resolves.toBe(STEPS.length);
	// The log is redrawn once per animation frame after the exchanges.
	await expect.poll(() => page.locator('[data-log] > li').count()).toBe(10);

	// The highlighted exchanges must stay readable in both themes.
	for (const theme of ['light', 'dark']) {
		await page.evaluate((name) => (document.documentElement.dataset['theme'] = name), theme);
		const axe = await new AxeBuilder({ page }).include('[data-playground]').analyze();
		expect(
			axe.violations.map((violation) => `${theme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
		).toEqual([]);
	}

	// The orchestrator removes the deployment: the next poll sees a new manifest version, empty.
	await page.getByRole('button', { name: /^Remove deployment vision-inspection/ }).click();
	await expect.poll(() => page.locator('[data-summary-deployments]').textContent()).toBe('None');
	await expect(runStep(page, 'manifest')).resolves.toBe('Done: 200 OK (version 3, 0 deployments), then 304 Not Modified');
	await expect(runStep(page, 'deployment')).resolves.toMatch(/^Failed: The last manifest listed no deployment/);

	// Every step links to a page of the specification that exists.
	for (const href of new Set(
		await page.locator('.margo-playground__spec a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)),
	)) {
		expect((await page.request.get(href)).status(), href).toBe(200);
	}

	// Reset asks first: declining keeps everything.
	const dialogs: string[] = [];
	page.once('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
	await page.getByRole('button', { name: 'Reset mock and device' }).click();
	await expect.poll(() => dialogs).toEqual([expect.stringMatching(/^Reset the mock and the device\?/)]);
	await expect(page.locator('[data-summary-device]').textContent()).resolves.toMatch(/^Onboarded as client/);
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Reset mock and device' }).click();
	await expect.poll(() => page.locator('[data-summary-device]').textContent()).toBe('No identity yet');
	await expect(page.locator('[data-log] > li').count()).resolves.toBe(0);

	expect(log.foreign).toEqual([]);
	expect(log.errors).toEqual([]);
	await context.close();
}, 180_000);

test('says so when service workers are unavailable, and the page still works', async () => {
	const context = await browser().newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	await page.goto(siteUrl('/playground/'));
	const notice = page.locator('[data-unavailable]');
	await notice.waitFor({ state: 'visible', timeout: 30_000 });
	await expect(notice.textContent()).resolves.toMatch(
		/^The mock cannot run in this browser: The service worker could not be registered \(.*\)\. The steps below .* npm run mock\.$/,
	);
	await expect(page.locator('h1').textContent()).resolves.toBe('Playground');
	await expect(page.locator('[data-step]').count()).resolves.toBe(STEPS.length);
	expect(errors).toEqual([]);
	await context.close();
});

/** Contrast ratio (WCAG) of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
	const luminance = (color: string) => {
		const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
			const c = Number(v) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high! + 0.05) / (low! + 0.05);
}

test('completes every step with the keyboard alone: Tab from the start of the page, then Enter on each step', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/playground/'));
	await ready(page);
	await tabTo(page, page.locator(`[data-step="${STEPS[0]!.id}"] [data-run]`));
	for (const [index, step] of STEPS.entries()) {
		await page.keyboard.press('Enter');
		const status = page.locator(`[data-step="${step.id}"] [data-status]`);
		await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^(Done|Failed)/);
		await expect(status.textContent()).resolves.toMatch(/^Done/);
		// Focus moved on to the next step's button (the last step keeps it), never to the page's start.
		const next = STEPS[index + 1] ?? step;
		// The step's status shows before the summary and log are redrawn; focus moves once they are.
		await expect
			.poll(
				() =>
					page.evaluate(() => document.activeElement?.closest('[data-step]')?.getAttribute('data-step') ?? document.activeElement?.tagName),
				{
					timeout: 10_000,
				},
			)
			.toBe(next.id);
		await expect(page.locator('[data-progress]').textContent()).resolves.toBe(`${index + 1} of ${STEPS.length} steps done`);
	}
	await expect(page.locator('[data-announce]').textContent()).resolves.toMatch(/: done\./);
	// The done mark is a word, in a colour that keeps 3:1 against the page in both themes.
	for (const theme of ['light', 'dark']) {
		await page.evaluate((name) => (document.documentElement.dataset['theme'] = name), theme);
		const mark = page.locator(`[data-step="${STEPS[0]!.id}"] [data-done-mark]`);
		await expect(mark.innerText()).resolves.toBe('✓ Done');
		const [color, background] = await mark.evaluate((element) => [
			getComputedStyle(element).color,
			getComputedStyle(document.body).backgroundColor,
		]);
		expect(contrast(color!, background!), `${theme}: ${color} on ${background}`).toBeGreaterThanOrEqual(3);
	}
	expect(log.errors).toEqual([]);
	await context.close();
}, 180_000);

test('runs all steps from one button reached with Tab, keeping focus on it and showing the progress', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/playground/'));
	await ready(page);
	await tabTo(page, page.locator('[data-run-all]'));
	await page.keyboard.press('Enter');
	await expect
		.poll(() => page.locator('[data-progress]').textContent(), { timeout: 120_000 })
		.toBe(`${STEPS.length} of ${STEPS.length} steps done`);
	await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-run-all'))).resolves.toBe(true);
	await expect.poll(() => page.locator('[data-announce]').textContent()).toBe(`All ${STEPS.length} steps done.`);
	// Destructive actions look unlike the steps.
	const look = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((element) => getComputedStyle(element).backgroundColor);
	expect(await look('[data-reset]')).not.toBe(await look('[data-run-all]'));
	expect(log.errors).toEqual([]);
	await context.close();
}, 180_000);

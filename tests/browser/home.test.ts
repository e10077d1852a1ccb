import { expect, test } from 'vitest';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

test('renders the home page with the snapshot notice and only local requests', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/'), { waitUntil: 'networkidle' });
	await expect(page.locator('h1').first().textContent()).resolves.toContain('Margo');
	const notice = page.locator('.margo-snapshot');
	await expect(notice.textContent()).resolves.toContain('do not implement');
	await expect(notice.locator('[data-commit]').getAttribute('data-commit')).resolves.toMatch(/^[0-9a-f]{40}$/);
	// The two tools a first-time reader would not find from the introduction.
	const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(links).toEqual(expect.arrayContaining([expect.stringMatching(/\/playground\/$/), expect.stringMatching(/\/requirements\/$/)]));
	expect(log.foreign).toEqual([]);
	expect(log.failed).toEqual([]);
	expect(log.errors).toEqual([]);
	await context.close();
});

test('finds a specification page through Pagefind search', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/overview/introduction/'), { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Search' }).first().click();
	await page.locator('dialog[open] input').fill('capabilities');
	const firstResult = page.locator('dialog[open] .pagefind-ui__result-link').first();
	await firstResult.waitFor({ timeout: 15_000 });
	await expect(page.locator('dialog[open] .pagefind-ui__result-link').allTextContents()).resolves.not.toHaveLength(0);
	expect(log.foreign).toEqual([]);
	expect(log.errors).toEqual([]);
	await context.close();
});

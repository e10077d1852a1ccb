import { describe, expect, test } from 'vitest';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

test('renders the home page with the snapshot notice and only local requests', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/'), { waitUntil: 'networkidle' });
	await expect(page.title()).resolves.toContain('Margo specification');
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

describe.each([
	{ width: 390, height: 844 },
	{ width: 1400, height: 900 },
])('the home page at $width px', (viewport) => {
	test('heads its hero with its own words, fills both halves of it and shows the three ways in as cards', async () => {
		const { context, page, log } = await openTrackedPage(browser());
		await page.setViewportSize(viewport);
		await page.goto(siteUrl('/'), { waitUntil: 'networkidle' });
		const heading = (await page.locator('.hero h1').textContent())?.trim();
		const siteTitle = (await page.locator('header .site-title').first().textContent())?.trim();
		expect(heading).toBeTruthy();
		expect(siteTitle).toBe('Margo specification');
		expect(heading).not.toContain(siteTitle);
		const hero = (await page.locator('.hero').boundingBox())!;
		const picture = (await page.locator('.hero .hero-html svg').boundingBox())!;
		expect(picture.height).toBeGreaterThan(100);
		// Beside the heading on a wide screen, in its right half; under it, inside the screen, on a phone.
		if (viewport.width > 800) expect(picture.x).toBeGreaterThanOrEqual(hero.x + hero.width / 2);
		expect(picture.x + picture.width).toBeLessThanOrEqual(viewport.width);
		const cards = page.locator('main .card-grid .card');
		await expect(cards.locator('.title').allTextContents()).resolves.toEqual(['Read the specification', 'Review decisions', 'Try the API']);
		const boxes = await cards.evaluateAll((elements) => elements.map((card) => card.getBoundingClientRect().toJSON() as DOMRect));
		for (const box of boxes) expect(box.right).toBeLessThanOrEqual(viewport.width);
		// Side by side when there is room, one under the other on a phone.
		if (viewport.width > 800) expect(boxes[1]!.top).toBe(boxes[0]!.top);
		else expect(boxes[1]!.top).toBeGreaterThan(boxes[0]!.bottom);
		const firstLinks = await Promise.all(
			[0, 1, 2].map((index) =>
				cards
					.nth(index)
					.locator('a')
					.first()
					.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname),
			),
		);
		expect(firstLinks).toEqual(['/overview/introduction/', '/decisions/', '/playground/']);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
		expect(log.errors).toEqual([]);
		await context.close();
	});

	test('keeps the menu and the theme switch', async () => {
		const { context, page, log } = await openTrackedPage(browser());
		await page.setViewportSize(viewport);
		await page.goto(siteUrl('/'), { waitUntil: 'networkidle' });
		if (viewport.width < 800) {
			const menu = page.locator('button[popovertarget="starlight__sidebar"]');
			await expect(menu.isVisible()).resolves.toBe(true);
			await menu.click();
			await expect.poll(() => page.locator('#starlight__sidebar a[href$="/overview/introduction/"]').isVisible()).toBe(true);
		} else {
			await expect(page.locator('#starlight__sidebar a[href$="/overview/introduction/"]').isVisible()).resolves.toBe(true);
		}
		const themeSwitch = page.locator('starlight-theme-select select').filter({ visible: true }).first();
		await themeSwitch.selectOption('dark');
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		await themeSwitch.selectOption('light');
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

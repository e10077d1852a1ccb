import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';
import { projectRoot } from '../support/run-astro.ts';

/** What a reader, a reviewer and a first-time visitor see first, on a phone and on a wide screen. */
const browser = useBrowser();

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1400, height: 900 };
const SPEC_PAGE = '/specification/onboarding/';

async function open(viewport: { width: number; height: number }) {
	const tracked = await openTrackedPage(browser());
	await tracked.page.setViewportSize(viewport);
	return tracked;
}

/** Whether the page scrolls sideways: it must not, at any width. */
const scrollsSideways = (page: import('playwright-core').Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

test('starts a specification page’s own text in the top half of a phone screen, its notices one line each', async () => {
	const { context, page } = await open(PHONE);
	await page.goto(siteUrl(SPEC_PAGE), { waitUntil: 'networkidle' });
	const snapshot = await page.locator('.margo-snapshot').boundingBox();
	const decisions = await page.locator('.dt-backlinks').boundingBox();
	expect(snapshot!.height).toBeLessThan(32);
	expect(decisions!.height).toBeLessThan(40);
	const text = await page.locator('.sl-markdown-content > p').first().boundingBox();
	// 720 of 844 before the notices were folded (y = 315 after).
	expect(text!.y).toBeLessThan(PHONE.height / 2);
	expect(await scrollsSideways(page)).toBe(false);
	await context.close();
});

test('opens the list of open decisions behind a disclosure on a phone', async () => {
	const { context, page } = await open(PHONE);
	await page.goto(siteUrl(SPEC_PAGE), { waitUntil: 'networkidle' });
	const item = page.locator('.dt-backlinks li[data-tracker]').first();
	await expect(item.isVisible()).resolves.toBe(false);
	await expect(page.locator('.dt-backlinks summary').textContent()).resolves.toMatch(/\d+ open decisions? may change this page/);
	await page.locator('.dt-backlinks summary').click();
	await expect(item.isVisible()).resolves.toBe(true);
	await expect(page.locator('.dt-rail').isVisible()).resolves.toBe(false);
	await context.close();
});

test('lists the open decisions in the right rail on a wide screen, not above the text', async () => {
	const { context, page } = await open(WIDE);
	await page.goto(siteUrl(SPEC_PAGE), { waitUntil: 'networkidle' });
	await expect(page.locator('.dt-backlinks').isVisible()).resolves.toBe(false);
	const rail = page.locator('.dt-rail');
	await expect(rail.isVisible()).resolves.toBe(true);
	await expect(rail.locator('li[data-tracker]').count()).resolves.toBeGreaterThan(0);
	const [railBox, textBox] = await Promise.all([rail.boundingBox(), page.locator('.sl-markdown-content').boundingBox()]);
	expect(railBox!.x).toBeGreaterThanOrEqual(textBox!.x + textBox!.width);
	const snapshot = await page.locator('.margo-snapshot').boundingBox();
	expect(snapshot!.height).toBeLessThan(32);
	await context.close();
});

describe.each([PHONE, WIDE])('at $width px', (viewport) => {
	test('gives an approver a "Respond on issue" button and no repository internals', async () => {
		const { context, page } = await open(viewport);
		await page.goto(siteUrl('/decisions/dt-004/'), { waitUntil: 'networkidle' });
		const button = page.locator('a.dt-respond-button').first();
		await expect(button.textContent()).resolves.toMatch(/^\s*Respond on issue #948\s*$/);
		await expect(button.getAttribute('href')).resolves.toMatch(/\/issues\/948$/);
		const box = await button.boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
		expect(box!.height).toBeGreaterThanOrEqual(36);
		// Under the tracker's summary, and again in "How to respond".
		await expect(page.locator('[data-how-to-respond] a.dt-respond-button').count()).resolves.toBe(1);
		if (viewport.width === WIDE.width) expect(box!.y + box!.height).toBeLessThan(viewport.height);
		const guidance = (await page.locator('[data-how-to-respond]').textContent()) ?? '';
		expect(guidance).not.toMatch(/content\/decisions|responses:|\.md\b/);
		await context.close();
	});

	test.each(['overview', 'concepts', 'specification', 'contributing'])(
		'lists the pages of the %s group at its own address, each with its description',
		async (folder) => {
			const { context, page } = await open(viewport);
			const response = await page.goto(siteUrl(`/${folder}/`), { waitUntil: 'networkidle' });
			expect(response?.status()).toBe(200);
			const files = readdirSync(join(projectRoot, 'content', 'docs', folder), { recursive: true, encoding: 'utf8' }).filter((name) =>
				/\.mdx?$/.test(name),
			);
			const cards = page.locator('main .sl-link-card');
			await expect(cards.count()).resolves.toBe(files.length);
			const descriptions = await cards.locator('.description').allTextContents();
			expect(descriptions.every((d) => d.trim().length > 0)).toBe(true);
			expect(await scrollsSideways(page)).toBe(false);
			await context.close();
		},
	);

	test('lets the decision register use the width of the screen', async () => {
		const { context, page } = await open(viewport);
		await page.goto(siteUrl('/decisions/'), { waitUntil: 'networkidle' });
		expect(await scrollsSideways(page)).toBe(false);
		if (viewport.width === WIDE.width) {
			const table = await page.locator('#dt-register').boundingBox();
			expect(table!.width).toBeGreaterThan(900);
			// A title reads in a few lines once the register has the room (six or seven in a 720 px column).
			const heights = await page
				.locator('#dt-register tbody td:first-child a')
				.evaluateAll((links) => links.map((a) => a.getClientRects().length));
			expect(Math.max(...heights)).toBeLessThanOrEqual(3);
		}
		await context.close();
	});
});

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openTrackedPage, siteUrl, tabTo, useBrowser } from '../support/browser.ts';

/** The sequence diagrams of the specification, on a phone and on a wide screen. */
const browser = useBrowser();

const PAGES = ['/specification/onboarding/', '/specification/desired-state/'];

interface Figure {
	/** Rendered width over the drawing's own width. */
	scale: number;
	/** The smallest label of the drawing as rendered, in CSS pixels. */
	smallestLabel: number;
	scrollsInItsBox: boolean;
	boxRight: number;
}

/** Measures the page's one diagram: its scale, its smallest label as shown, and its box. */
async function measure(page: Page): Promise<Figure> {
	const figure = page.locator('main .margo-figure').first();
	await figure.locator('img').evaluate((img: HTMLImageElement) => img.decode());
	return figure.evaluate(async (box) => {
		const img = box.querySelector('img')!;
		const source = await (await fetch(img.src)).text();
		const sizes = [...source.matchAll(/font-size[:=]\s*"?([\d.]+)/g)].map((match) => Number(match[1]));
		const scale = img.getBoundingClientRect().width / img.naturalWidth;
		return {
			scale,
			smallestLabel: Math.min(...sizes) * scale,
			scrollsInItsBox: box.scrollWidth > box.clientWidth + 1,
			boxRight: box.getBoundingClientRect().right,
		};
	});
}

const scrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe.each(PAGES)('the diagram of %s', (path) => {
	test('keeps its real size on a phone, scrolling sideways in its own box, by touch or by keyboard', async () => {
		const { context, page, log } = await openTrackedPage(browser());
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
		const figure = await measure(page);
		expect(figure.scale).toBeCloseTo(1, 2);
		expect(figure.smallestLabel).toBeGreaterThanOrEqual(11);
		expect(figure.scrollsInItsBox).toBe(true);
		expect(figure.boxRight).toBeLessThanOrEqual(390);
		expect(await scrollsSideways(page)).toBe(false);
		// A keyboard user reaches the box with Tab and scrolls it with the arrow keys.
		const box = page.locator('main .margo-figure').first();
		await expect(box.getAttribute('aria-label')).resolves.toMatch(/^Sequence diagram of /);
		await tabTo(page, box);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
		expect(log.errors).toEqual([]);
		await context.close();
	});

	test('fits its column on a wide screen', async () => {
		const { context, page, log } = await openTrackedPage(browser());
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
		const figure = await measure(page);
		expect(figure.scrollsInItsBox).toBe(false);
		expect(figure.scale).toBeLessThanOrEqual(1);
		expect(figure.smallestLabel).toBeGreaterThanOrEqual(9);
		expect(await scrollsSideways(page)).toBe(false);
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

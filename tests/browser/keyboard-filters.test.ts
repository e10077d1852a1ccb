import { describe, expect, test } from 'vitest';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

/**
 * Filters must work from the keyboard alone: Tab from the top of the page to the filter, change
 * it with the arrow keys, and the table follows.
 */
describe.each([
	{ path: '/decisions/', control: 'search[data-filters-for] select[name="status"]', rows: '#dt-register tbody tr' },
	{ path: '/requirements/', control: 'search[data-requirements-filters] select[name="keyword"]', rows: 'main table tbody tr' },
])('keyboard use of the filters on $path', ({ path, control, rows }) => {
	test('reaches the filter by Tab and narrows the table with the arrow keys', async () => {
		const { context, page, log } = await openTrackedPage(browser());
		await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
		await page.locator(control).waitFor();
		const visibleRows = () => page.locator(`${rows}:not([hidden])`).count();
		const before = await visibleRows();
		expect(before).toBeGreaterThan(1);
		let reached = false;
		for (let presses = 0; presses < 80 && !reached; presses++) {
			await page.keyboard.press('Tab');
			reached = await page.locator(control).evaluate((element) => element === document.activeElement);
		}
		expect(reached).toBe(true);
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => page.locator(control).inputValue()).not.toBe('');
		await expect.poll(visibleRows).toBeLessThan(before);
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

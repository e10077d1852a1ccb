import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { PAGE_TYPES } from '../../scripts/bench/page-types.ts';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

/**
 * Known exceptions, each limited to the element it concerns. Starlight's search button shows
 * "Search Ctrl K" and is named "Search": the keyboard hint is not part of the name, which axe
 * reports; speech users saying "Search" still reach it.
 */
const EXCEPTIONS: { rule: string; target: string }[] = [{ rule: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' }];

const isException = (rule: string, target: string) => EXCEPTIONS.some((e) => e.rule === rule && e.target === target);

const browser = useBrowser();

describe.concurrent.each(PAGE_TYPES)('$label ($path)', ({ path, status }) => {
	test('loads with no console error, no failed request and no request to another host', async () => {
		const { context, page, log } = await openTrackedPage(browser());
		const response = await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(status ?? 200);
		expect(log.foreign).toEqual([]);
		// The 404 page's own document is the one failure it is meant to have.
		expect(log.failed).toEqual([]);
		expect(log.errors.filter((e) => !(status === 404 && /status of 404/.test(e)))).toEqual([]);
		await context.close();
	});

	test.each(['light', 'dark'])('has no accessibility violation of any impact in the %s theme', async (theme) => {
		const context = await browser().newContext({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
		const page = await context.newPage();
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
		await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(theme);
		const { violations } = await new AxeBuilder({ page }).analyze();
		const found = violations.flatMap((v) =>
			v.nodes
				.map((n) => n.target.join(' '))
				.filter((target) => !isException(v.id, target))
				.map((target) => `${v.id} (${v.impact}): ${v.help} — ${target}`),
		);
		expect(found).toEqual([]);
		await context.close();
	});
});

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

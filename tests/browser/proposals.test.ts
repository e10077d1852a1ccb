import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

describe.each([390, 1400])('at %i px', (width) => {
	test('lists the SUPs, filters them by stage and owner on the shared filter panel, and copies the status table', async () => {
		const { context, page, log } = await openTrackedPage(browser());
		await page.setViewportSize({ width, height: 900 });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl('/')).origin });
		await page.goto(siteUrl('/proposals/'), { waitUntil: 'networkidle' });
		const rows = page.locator('[data-sup-row]');
		const total = await rows.count();
		expect(total).toBeGreaterThan(3);
		const panel = page.locator('search.margo-filters[data-sup-filters]');
		await expect(panel.isVisible()).resolves.toBe(true);
		// The panel is the registers' one: its controls are as wide as the decision register's, one per grid cell.
		const columns = await panel.evaluate((el) => getComputedStyle(el).display);
		expect(columns).toBe('grid');
		await page.getByLabel('Stage').selectOption('P2');
		await expect.poll(() => page.locator('[data-sup-row]:visible').count()).toBe(1);
		await expect(page.locator('[data-filter-result]').textContent()).resolves.toBe(`Showing 1 of ${total} proposals.`);
		expect(new URL(page.url()).search).toBe('?stage=P2');
		// The P2 proposal is not Marcus Delaney's: nothing matches, and the panel offers to clear.
		await page.getByLabel('Owner').selectOption('mdelaney-margo');
		await expect.poll(() => page.locator('[data-sup-row]:visible').count()).toBe(0);
		await page.getByRole('button', { name: 'Clear the filters' }).click();
		await expect.poll(() => page.locator('[data-sup-row]:visible').count()).toBe(total);
		expect(new URL(page.url()).search).toBe('');
		await page.getByLabel('Owner').selectOption('mdelaney-margo');
		await expect.poll(() => page.locator('[data-sup-row]:visible').count()).toBe(1);
		await page.getByRole('button', { name: 'Copy the table' }).click();
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/^\|Owner\|Description\|Stage\|LINK\|\n\|---\|/);
		const widths = await page.evaluate(() => ({ page: document.scrollingElement!.scrollWidth, screen: innerWidth }));
		expect(widths.page, 'the register scrolls sideways').toBeLessThanOrEqual(widths.screen);
		expect(log.errors).toEqual([]);
		expect(log.foreign).toEqual([]);
		await context.close();
	});

	test('recounts the P2 window of a synced pull request for the reader’s date with the decision register’s countdown', async () => {
		const { context, page, log } = await openTrackedPage(browser());
		await page.setViewportSize({ width, height: 900 });
		// The example SUP "Upload device logs on request" has a synced pull request out of draft
		// (content/decisions/github/sup-pull-34.json): the register as served counts its window from the
		// build's date, and the page's own script recounts it from the browser's.
		const served = await (await page.request.get(siteUrl('/proposals/'))).text();
		const windows = [...served.matchAll(/data-countdown="(\d{4}-\d{2}-\d{2})"[^>]*>\s*<span data-countdown-label>([^<]*)</g)];
		expect(windows.map(([, end]) => end)).toHaveLength(1);
		const end = windows[0]![1]!;
		const dayBefore = (days: number) => new Date(Date.parse(`${end}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
		const countdown = page.locator('[data-sup-row] [data-countdown]');
		// Two dates with two labels: whatever day the site was built, one of them differs from the label served.
		for (const [date, label, urgency] of [
			[dayBefore(2), '2 days left', 'soon'],
			[dayBefore(-3), 'overdue by 3 days', 'overdue'],
		] as const) {
			await page.clock.setFixedTime(`${date}T12:00:00`);
			await page.goto(siteUrl('/proposals/'), { waitUntil: 'networkidle' });
			// The page's module script has run once the load settled: no polling (its 1 s limit fails on a busy machine).
			await expect(countdown.textContent(), `on ${date}`).resolves.toBe(label);
			await expect(countdown.getAttribute('data-urgency')).resolves.toBe(urgency);
		}
		await expect(countdown.locator('xpath=ancestor::tr').getAttribute('data-stage')).resolves.toBe('P2');
		expect(log.errors).toEqual([]);
		await context.close();
	});

	test('opens a SUP page: its stage sources, its figure from the SUP folder, and no sideways scrolling', async () => {
		const { context, page, log } = await openTrackedPage(browser());
		await page.setViewportSize({ width, height: 900 });
		await page.goto(siteUrl('/proposals/problem-details/'), { waitUntil: 'networkidle' });
		await expect(page.locator('h1').textContent()).resolves.toBe('Problem details for every API error');
		// Both sources of its stage agree: the folder and the README's status table row.
		await expect(page.locator('.sup-sources').textContent()).resolves.toMatch(
			/folder: completed.*status table: completed \(README\.md:13\)/s,
		);
		await expect(page.locator('[data-warning="stage"]').count()).resolves.toBe(0);
		const figure = page.locator('.sup-document img');
		await expect(figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);
		const widths = await page.evaluate(() => ({ page: document.scrollingElement!.scrollWidth, screen: innerWidth }));
		expect(widths.page, 'the page scrolls sideways').toBeLessThanOrEqual(widths.screen);
		expect(log.errors).toEqual([]);
		expect(log.foreign).toEqual([]);
		await context.close();
	});
});

test('passes axe accessibility checks on the register, a SUP page and a page listing open SUPs', async () => {
	const context = await browser().newContext();
	const page = await context.newPage();
	const found: string[] = [];
	for (const path of ['/proposals/', '/proposals/device-log-upload/', '/specification/management-interface/']) {
		await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
		// Only what this feature adds; Starlight's own markup is not ours to fix here.
		const result = await new AxeBuilder({ page }).include('.sup-facts, .sup-register, .sup-filters, .sup-votes, [data-proposal]').analyze();
		found.push(...result.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`));
	}
	expect(found).toEqual([]);
	await context.close();
}, 180_000);

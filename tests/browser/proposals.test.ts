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

	test('recounts a P2 window for the reader’s date with the decision register’s countdown', async () => {
		const { context, page, log } = await openTrackedPage(browser());
		await page.setViewportSize({ width, height: 900 });
		// The example SUPs have no synced pull request, so no window: the register as served gets one,
		// labelled as a build of long ago would have, and the page's own script must relabel it.
		await page.route(siteUrl('/proposals/'), async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replace(
				/(<td data-label="Final review">)[^<]*/,
				'$1<span class="dt-countdown" data-countdown="2099-01-15" data-days-left="0" data-testid="window"><span data-countdown-label>due today</span></span>',
			);
			await route.fulfill({ response, body });
		});
		await page.goto(siteUrl('/proposals/'), { waitUntil: 'networkidle' });
		// The page's module script has run once the load settled: no polling (its 1 s limit fails on a busy machine).
		const countdown = page.getByTestId('window');
		await expect(countdown.textContent()).resolves.toMatch(/^\d+ days left$/);
		await expect(countdown.getAttribute('data-urgency')).resolves.toBe('later');
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

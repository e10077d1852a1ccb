import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test, type ExpectStatic } from 'vitest';
import { PAGE_TYPES } from '../../scripts/bench/page-types.ts';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

const SCREENS = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1400, height: 1000 },
] as const;

/** Each table wider than the box it sits in (or than its own scrolling box): its content is cut. */
const cutTables = (page: Page) =>
	page.locator('main table').evaluateAll((tables) =>
		tables
			.filter((table) => {
				const box = table.parentElement!.clientWidth;
				return table.scrollWidth > table.clientWidth + 1 || table.getBoundingClientRect().width > box + 1;
			})
			.map((table) => `${table.className || 'table'} (${table.scrollWidth} px in ${table.parentElement!.clientWidth} px)`),
	);

/**
 * Shows up to `count` lexicon tooltips (the terms nearest each edge of the page first) and returns
 * those that leave the screen, or on a wide screen reach into the "On this page" column. `expect`
 * is the calling test's own: its tests run concurrently.
 */
async function misplacedTooltips(page: Page, count: number, expect: ExpectStatic): Promise<string[]> {
	const terms = page.locator('.lexicon-term');
	const total = await terms.count();
	// The term furthest right is the one most likely to run off the screen.
	const byRight = await terms.evaluateAll((elements) =>
		elements.map((element, index) => ({ index, right: element.getBoundingClientRect().right })).sort((a, b) => b.right - a.right),
	);
	const picks = [...new Set([byRight[0]?.index, 0, total - 1, ...byRight.slice(1).map((t) => t.index)])].slice(0, count);
	const problems: string[] = [];
	for (const index of picks) {
		if (index === undefined) continue;
		const term = terms.nth(index);
		await term.scrollIntoViewIfNeeded();
		await term.locator('a').hover();
		const tip = term.locator('.lexicon-tip');
		await expect.poll(() => tip.evaluate((element) => element.dataset['placement'] ?? '')).not.toBe('');
		const where = await tip.evaluate((element) => {
			const box = element.getBoundingClientRect();
			// Starlight shows "On this page" as a column from 72rem on; below that it is a bar at the top.
			const toc = innerWidth >= 1152 ? document.querySelector('.right-sidebar')?.getBoundingClientRect() : undefined;
			return {
				text: element.textContent?.slice(0, 30),
				inside: box.left >= 0 && box.right <= document.documentElement.clientWidth && box.top >= 0 && box.bottom <= innerHeight,
				overToc: toc !== undefined && toc.width > 0 && box.right > toc.left,
				pageWidth: document.scrollingElement!.scrollWidth,
			};
		});
		if (!where.inside) problems.push(`"${where.text}…" leaves the screen`);
		if (where.overToc) problems.push(`"${where.text}…" reaches under "On this page"`);
		if (where.pageWidth > page.viewportSize()!.width) problems.push(`"${where.text}…" widens the page to ${where.pageWidth} px`);
		await page.mouse.move(0, 0);
	}
	return problems;
}

/**
 * Known accessibility exceptions, each limited to the element it concerns. Starlight's search
 * button shows "Search Ctrl K" and is named "Search": the keyboard hint is not part of the name,
 * which axe reports; speech users saying "Search" still reach it.
 */
const EXCEPTIONS: { rule: string; target: string }[] = [{ rule: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' }];

const isException = (rule: string, target: string) => EXCEPTIONS.some((e) => e.rule === rule && e.target === target);

/** Every violation axe finds on the page, of any impact, but for the known exceptions. */
async function accessibilityViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.flatMap((v) =>
		v.nodes
			.map((n) => n.target.join(' '))
			.filter((target) => !isException(v.id, target))
			.map((target) => `${v.id} (${v.impact}): ${v.help} — ${target}`),
	);
}

const VISITS = SCREENS.flatMap((screen) => (['light', 'dark'] as const).map((theme) => ({ screen, theme, width: screen.width })));

/**
 * The quality gates every page type passes, one visit per screen and theme (a page load is the
 * costly part, so each visit checks all that applies to it): the page loads with no console error,
 * no failed request and no request to another host; it fits the screen without sideways
 * scrolling, tables and tooltips included; on a wide screen it has no accessibility violation.
 */
describe.concurrent.each(PAGE_TYPES)('$label ($path)', ({ path, status }) => {
	test.for(VISITS)(
		'at $width px in the $theme theme: loads cleanly, fits the screen and passes the checks for it',
		// A visit loads the page, runs axe over it and hovers its tooltips: the API reference's takes
		// tens of seconds while other files share the cores.
		{ timeout: 120_000 },
		async ({ screen, theme }, { expect }) => {
			const { context, page, log } = await openTrackedPage(browser(), undefined, {
				viewport: { width: screen.width, height: screen.height },
				colorScheme: theme,
			});
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			const response = await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
			expect(response?.status()).toBe(status ?? 200);
			await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(theme);

			const widths = await page.evaluate(() => ({ page: document.scrollingElement!.scrollWidth, screen: innerWidth }));
			expect(widths.page, 'the page scrolls sideways').toBeLessThanOrEqual(widths.screen);
			await expect(cutTables(page)).resolves.toEqual([]);
			// Axe at one width in each theme: colours are what differ between themes.
			if (screen.name === 'desktop') await expect(accessibilityViolations(page)).resolves.toEqual([]);
			// Tooltips behave the same in both themes: once per screen.
			if (theme === 'light' && (await page.locator('.lexicon-term').count()) > 0) {
				await expect(misplacedTooltips(page, 3, expect)).resolves.toEqual([]);
			}

			expect(log.foreign).toEqual([]);
			// The 404 page's own document is the one failure it is meant to have.
			expect(log.failed).toEqual([]);
			expect(log.errors.filter((e) => !(status === 404 && /status of 404/.test(e)))).toEqual([]);
			await context.close();
		},
	);
});

test('flips a lexicon tooltip above its term near the bottom of the screen', async () => {
	const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto(siteUrl('/specification/onboarding/'), { waitUntil: 'networkidle' });
	const term = page.locator('.lexicon-term').last();
	// Put the term 40 px above the bottom edge.
	await term.evaluate((element) => scrollBy({ top: element.getBoundingClientRect().bottom - innerHeight + 40, behavior: 'instant' }));
	// A reader points at the term where it stands.
	await term.locator('a').hover();
	const tip = term.locator('.lexicon-tip');
	await expect.poll(() => tip.evaluate((element) => element.dataset['placement'])).toMatch(/^top/);
	const [tipBox, termBox] = await Promise.all([tip.boundingBox(), term.locator('a').boundingBox()]);
	expect(tipBox!.y + tipBox!.height).toBeLessThanOrEqual(termBox!.y + 1);
	expect(tipBox!.y).toBeGreaterThanOrEqual(0);
	await context.close();
});

test('keeps the snapshot notice and the "On this page" bar to a small part of a phone screen', async () => {
	const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto(siteUrl('/specification/onboarding/'), { waitUntil: 'networkidle' });
	const notice = await page.locator('.margo-snapshot').boundingBox();
	const bar = await page.locator('mobile-starlight-toc nav').boundingBox();
	expect(notice!.height + bar!.height).toBeLessThan(844 / 8);
	// The notice still names the commit, and a branch name never breaks at its hyphen.
	const commit = page.locator('.margo-snapshot-short');
	await expect(commit.textContent()).resolves.toMatch(/^\s*[0-9a-f]{7}\s*$/);
	const commitBox = await commit.boundingBox();
	expect(commitBox!.x + commitBox!.width).toBeLessThanOrEqual(390);
	expect(commitBox!.y + commitBox!.height).toBeLessThanOrEqual(notice!.y + notice!.height);
	await page.setViewportSize({ width: 900, height: 844 });
	await expect(
		page
			.locator('.margo-snapshot code')
			.first()
			.evaluate((code) => code.getClientRects().length),
	).resolves.toBe(1);
	await context.close();
});

test('draws the diagrams dark in the dark theme', async () => {
	const context = await browser().newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
	await page.goto(siteUrl('/specification/onboarding/'), { waitUntil: 'networkidle' });
	const diagram = page.locator('main img[src$=".svg"]').first();
	await expect(diagram.evaluate((img) => getComputedStyle(img).filter)).resolves.toMatch(/invert/);
	await context.close();
});

import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { builtSite } from '../support/shared-build.ts';
import { serveStatic } from '../support/static-server.ts';
import { siteUrl, useBrowser } from '../support/browser.ts';

/**
 * The reference as a developer reads it, at a phone's and a desktop's width, in both themes: on the
 * management API reference (the real site) and on a split third-party reference (the fixture
 * `split-reference`, built for this file as a shared build, while other tests run): the samples pane beside each operation, its tabs and
 * copy buttons, and the links from the specification's prose.
 */
const browser = useBrowser();
let split: { url: string; server: Server } | undefined;

beforeAll(async () => {
	split = await serveStatic((await builtSite('fixture/split-reference')).outDir);
});

afterAll(() => {
	split?.server.close();
});

const THEMES = ['light', 'dark'] as const;
const references = () => [
	{ name: 'management API', url: siteUrl('/reference/margo-management-api/'), operation: 'putDeviceCapabilities' },
	{ name: 'split third-party', url: `${split!.url}/reference/warehouse/pallets/`, operation: 'replacePallet' },
];

async function open(
	b: Browser,
	url: string,
	width: number,
	theme: 'light' | 'dark',
): Promise<{ page: Page; foreign: string[]; close: () => Promise<void> }> {
	const context = await b.newContext({
		viewport: { width, height: 900 },
		colorScheme: theme,
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	const foreign: string[] = [];
	await context.route('**/*', (route) => {
		const target = new URL(route.request().url());
		if (target.protocol.startsWith('http') && target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') {
			foreign.push(target.href);
			return route.abort('blockedbyclient');
		}
		return route.continue();
	});
	const page = await context.newPage();
	// Starlight keeps the theme chosen in localStorage; "auto" follows the colour scheme above.
	await page.goto(url, { waitUntil: 'networkidle' });
	return { page, foreign, close: () => context.close() };
}

test('keeps the samples pane of an operation in view while the operation scrolls by, at 1400 px in both themes', async () => {
	for (const reference of references())
		for (const theme of THEMES) {
			const { page, foreign, close } = await open(browser(), reference.url, 1400, theme);
			const section = page.locator(`[data-operation="${reference.operation}"]`);
			const pane = section.locator('.api-side');
			await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(theme);
			// A split reference's operations are laid out only near the screen (content-visibility): measure there.
			await section.evaluate((element) => element.scrollIntoView());
			const top = await section.evaluate((element) => element.getBoundingClientRect().top + scrollY);
			const height = await section.evaluate((element) => element.getBoundingClientRect().height);
			// From the operation's heading to its end, the pane stays on screen beside the text (as much
			// of it as fits), after the heading has scrolled away.
			for (const offset of [0, height / 3, height - 900]) {
				await page.evaluate((y) => scrollTo(0, y), top + Math.max(offset, 0));
				const { pane: box, heading } = await section.evaluate((element) => {
					const rect = element.querySelector('.api-side')!.getBoundingClientRect();
					return {
						pane: { top: rect.top, bottom: rect.bottom, left: rect.left },
						heading: element.querySelector('h3')!.getBoundingClientRect().top,
					};
				});
				const where = `${reference.name} ${theme} at ${Math.round(offset)} px`;
				const visible = Math.min(box.bottom, 900) - Math.max(box.top, 64);
				expect(visible, where).toBeGreaterThanOrEqual(Math.min(box.bottom - box.top, 400));
				expect(box.left, where).toBeGreaterThan(700);
				if (offset > 0) expect(heading, where).toBeLessThan(0);
			}
			await expect(pane.locator("[data-tabs='sample'] [role='tabpanel']:not([hidden]) pre").innerText()).resolves.toMatch(/^curl /m);
			expect(foreign).toEqual([]);
			await close();
		}
});

test('puts the samples after the parameters, closed, in one column at 390 px in both themes', async () => {
	for (const reference of references())
		for (const theme of THEMES) {
			const { page, close } = await open(browser(), reference.url, 390, theme);
			const section = page.locator(`[data-operation="${reference.operation}"]`);
			const order = await section.evaluate((element) =>
				[...element.children].map((child) => [child.className, Math.round(child.getBoundingClientRect().top)] as const),
			);
			expect(order.map(([name]) => name)).toEqual(['api-op__text', 'api-side', 'api-op__more']);
			expect(order[0]![1]).toBeLessThan(order[1]![1]);
			expect(order[1]![1]).toBeLessThan(order[2]![1]);
			const pane = section.locator('details.api-side');
			await expect(pane.evaluate((details: HTMLDetailsElement) => details.open)).resolves.toBe(false);
			await pane.locator(':scope > summary').click();
			const sample = pane.locator("[data-tabs='sample'] [role='tabpanel']:not([hidden]) pre");
			await expect(sample.isVisible()).resolves.toBe(true);
			// Nothing wider than the phone.
			await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
			await close();
		}
});

test('copies a sample with its copy button and remembers the chosen language on the next page', async () => {
	const { page, close } = await open(browser(), siteUrl('/reference/margo-management-api/'), 1400, 'light');
	const pane = page.locator('[data-operation="getRootCaCertificate"] .api-side');
	await pane.getByRole('tab', { name: 'Python' }).click();
	const panel = pane.locator("[data-tabs='sample'] [role='tabpanel']:not([hidden])");
	await expect(panel.innerText()).resolves.toContain('requests.get(');
	// Every operation's samples follow the choice.
	await expect(
		page
			.locator("[data-tabs='sample'] [role='tab'][aria-selected='true']")
			.evaluateAll((tabs) => [...new Set(tabs.map((t) => t.textContent))]),
	).resolves.toEqual(['Python']);
	await panel.getByRole('button', { name: 'Copy code' }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe((await panel.locator('pre').innerText()).replace(/\n$/, ''));
	expect(copied).toMatch(/^import requests\n\nrequests\.get\(/);
	await expect(panel.getByRole('button', { name: 'Copy code' }).innerText()).resolves.toBe('Copied');
	// Every code block of the page has one, response examples included.
	const blocks = await page.locator('.api-reference pre').count();
	await expect(page.locator('.api-reference .margo-copy > pre').count()).resolves.toBe(blocks);

	await page.reload({ waitUntil: 'networkidle' });
	// The page's script applies the remembered choice once it runs.
	await expect.poll(() => pane.getByRole('tab', { name: 'Python' }).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
	await close();
});

test('lands on the operation when an endpoint named in the specification is followed', async () => {
	const { page, close } = await open(browser(), siteUrl('/specification/api-security/'), 1400, 'light');
	const link = page.locator('a.api-endpoint-link', { hasText: 'POST /token' }).first();
	await link.click();
	await page.waitForURL(/\/reference\/margo-management-api\/#op-requestAccessToken$/);
	const heading = page.locator('#op-requestAccessToken');
	await expect
		.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)), { timeout: 5000 })
		.toBeGreaterThanOrEqual(0);
	await expect(heading.evaluate((element) => element.getBoundingClientRect().top)).resolves.toBeLessThan(200);
	await expect(heading.innerText()).resolves.toBe('Request an access token');
	await close();

	// On a split reference, the link goes to the operation's tag page.
	const other = await open(browser(), `${split!.url}/overview/warehouse/`, 1400, 'light');
	await other.page.locator('a.api-endpoint-link', { hasText: 'POST /pallets' }).click();
	await other.page.waitForURL(/\/reference\/warehouse\/pallets\/#op-createPallet$/);
	await expect(other.page.locator('#op-createPallet').isVisible()).resolves.toBe(true);
	await other.close();
});

test('keeps the management API reference under a third of its former 61,000 px on a desktop', async () => {
	const { page, close } = await open(browser(), siteUrl('/reference/margo-management-api/'), 1400, 'light');
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(height).toBeLessThan(61_000 / 3);
	// Every operation's summary, parameters and samples are still on the page.
	for (const section of await page.locator('[data-operation]').all()) {
		await expect(section.locator('h3').innerText()).resolves.not.toBe('');
		await expect(section.locator("[data-tabs='sample'] [role='tab']").count()).resolves.toBe(4);
	}
	await close();
});

test('shows the response of "Try it" in view and announces it after Send on a phone', async () => {
	const { page, foreign, close } = await open(browser(), siteUrl('/reference/margo-management-api/'), 390, 'light');
	await page.locator('[data-operation="getRootCaCertificate"] button.api-try').click();
	const dialog = page.locator('dialog[open]');
	await dialog.locator('.scalar-client--open').first().waitFor({ timeout: 30_000 });
	// Scalar renders its address bar twice (one copy hidden); press the visible Send button.
	await dialog.locator('button', { hasText: /^Send/ }).filter({ visible: true }).first().click();
	const status = dialog.locator('.api-try__received [data-status]');
	await expect.poll(() => status.innerText(), { timeout: 30_000 }).toMatch(/^200\b/);
	const box = await dialog.locator('.api-try__received').evaluate((element) => {
		const rect = element.getBoundingClientRect();
		return { top: rect.top, bottom: rect.bottom };
	});
	expect(box.top).toBeGreaterThanOrEqual(0);
	expect(box.top).toBeLessThan(844);
	await expect(dialog.locator('[data-announce]').innerText()).resolves.toMatch(/^Response: 200\b/);
	await expect(dialog.locator('[data-received]').innerText()).resolves.toMatch(/^HTTP 200\b.*\n[^]*content-type: /);
	// The request as sent stays closed until asked for, so it hides nothing.
	await expect(dialog.locator('.api-try__sent').evaluate((details: HTMLDetailsElement) => details.open)).resolves.toBe(false);
	expect(foreign).toEqual([]);
	await close();
}, 120_000);

import AxeBuilder from '@axe-core/playwright';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { DecisionsExport } from '../../src/features/decisions/exports/json-export.ts';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();
let register: DecisionsExport;
beforeAll(async () => {
	register = await (await fetch(siteUrl('/decisions.json'))).json();
});

const filter = (page: Page, name: string) => page.locator(`search[data-filters-for] [name="${name}"]`);
const visibleIds = (page: Page) =>
	page.locator('#dt-register tbody tr:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['id']));

/** Noon of the day `offset` days from `date` (YYYY-MM-DD), in the browser's time zone. */
function around(date: string, offset: number): Date {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(y, m - 1, d + offset, 12);
}

test('filters the index by status, vendor and approver, and keeps the filters in the address', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/decisions/'), { waitUntil: 'networkidle' });
	const all = register.trackers.map((t) => t.id);
	expect((await visibleIds(page)).sort()).toEqual([...all].sort());

	await filter(page, 'status').selectOption('final-review');
	const inFinalReview = register.trackers.filter((t) => t.status === 'final-review').map((t) => t.id);
	expect(inFinalReview.length).toBeGreaterThan(0);
	expect(await visibleIds(page)).toEqual(inFinalReview);
	expect(new URL(page.url()).search).toBe('?status=final-review');
	await expect(page.locator('[data-filter-result]').textContent()).resolves.toBe(
		`Showing ${inFinalReview.length} of ${all.length} trackers.`,
	);

	await filter(page, 'status').selectOption('awaiting');
	const awaited = register.trackers.filter((t) => t.daysLeft !== null);
	const vendor = awaited.flatMap((t) => t.approval.awaiting)[0] ?? '';
	await filter(page, 'vendor').selectOption(vendor);
	expect((await visibleIds(page)).sort()).toEqual(
		awaited
			.filter((t) => t.approval.awaiting.includes(vendor))
			.map((t) => t.id)
			.sort(),
	);
	expect(new URL(page.url()).searchParams.get('vendor')).toBe(vendor);

	// "Who must act": the address alone selects an approver by GitHub ID.
	const person = register.organizations.flatMap((o) => o.approvers.map((a) => ({ ...a, organization: o.id }))).find((a) => a.github)!;
	await page.goto(siteUrl(`/decisions/?approver=${person.github}`), { waitUntil: 'networkidle' });
	const owed = awaited.filter((t) => t.approval.awaiting.includes(person.organization)).map((t) => t.id);
	expect((await visibleIds(page)).sort()).toEqual([...owed].sort());
	await expect(filter(page, 'approver').inputValue()).resolves.toBe(person.github?.toLowerCase());

	// An address with a status no tracker can have keeps "Any" selected and says what it dropped.
	await page.goto(siteUrl('/decisions/?status=shelved'), { waitUntil: 'networkidle' });
	await expect(filter(page, 'status').inputValue()).resolves.toBe('');
	await expect(page.locator('select[name="status"] option:checked').textContent()).resolves.toBe('Any');
	expect((await visibleIds(page)).length).toBe(all.length);
	await expect(page.locator('[data-filter-result]').textContent()).resolves.toContain('asked for status “shelved”, which no tracker has');

	await page.goto(siteUrl('/decisions/?approver=nobody-here'), { waitUntil: 'networkidle' });
	expect(await visibleIds(page)).toEqual([]);
	await expect(page.locator('[data-filter-result]').textContent()).resolves.toContain('No approver has the id or GitHub ID “nobody-here”');

	// The address is anyone's to write: markup in it is shown as text, never run.
	const payload = '<img src=x onerror="document.title=`margo-xss`">';
	await page.goto(siteUrl(`/decisions/?approver=${encodeURIComponent(payload)}`), { waitUntil: 'networkidle' });
	await expect(page.locator('[data-filter-result]').textContent()).resolves.toContain(`No approver has the id or GitHub ID “${payload}”`);
	await expect(page.locator('[data-filter-result] img').count()).resolves.toBe(0);
	await expect(page.title()).resolves.not.toBe('margo-xss');

	expect(log.foreign).toEqual([]);
	expect(log.errors).toEqual([]);
	await context.close();
});

test('recounts the days left for the reader’s date, and the overdue filter follows it', async () => {
	const tracker = register.trackers.find((t) => t.daysLeft !== null && t.deadline)!;
	const { context, page, log } = await openTrackedPage(browser());
	const countdown = page.locator(`#dt-register tr[data-id="${tracker.id}"] [data-countdown-label]`);

	await page.clock.setFixedTime(around(tracker.deadline!, -2));
	await page.goto(siteUrl('/decisions/'), { waitUntil: 'networkidle' });
	await expect(countdown.textContent()).resolves.toBe('2 days left');
	await filter(page, 'overdue').check();
	expect(await visibleIds(page)).not.toContain(tracker.id);

	await page.clock.setFixedTime(around(tracker.deadline!, 3));
	await page.goto(siteUrl('/decisions/?overdue=1'), { waitUntil: 'networkidle' });
	await expect(countdown.textContent()).resolves.toBe('overdue by 3 days');
	expect(await visibleIds(page)).toContain(tracker.id);

	await page.goto(siteUrl(`/decisions/${tracker.id.toLowerCase()}/`), { waitUntil: 'networkidle' });
	await expect(page.locator('.dt-banner [data-countdown-label]').textContent()).resolves.toBe('overdue by 3 days');
	expect(log.foreign).toEqual([]);
	expect(log.errors).toEqual([]);
	await context.close();
});

test('shows the complete table without JavaScript and hides the filters that would need it', async () => {
	const context = await browser().newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(siteUrl('/decisions/?status=final-review'));
	await expect(page.locator('#dt-register tbody tr:visible').count()).resolves.toBe(register.trackers.length);
	await expect(page.locator('search[data-filters-for]').isHidden()).resolves.toBe(true);
	await context.close();
});

test('links a specification page to the open trackers that may change it', async () => {
	const tracker = register.trackers.find((t) => t.daysLeft !== null && t.affects.length)!;
	const affected = tracker.affects[0]!;
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(affected.url.replace(/^https?:\/\/[^/]+\//, siteUrl('/')), { waitUntil: 'networkidle' });
	// Beside the text on a wide screen (the notice under the title opens on narrower ones).
	const rail = page.getByRole('region', { name: 'Open decisions' });
	const link = rail.locator(`li[data-tracker="${tracker.id}"] a`).first();
	await expect(link.textContent()).resolves.toContain(tracker.title);
	await link.click();
	await page.waitForURL(`**/decisions/${tracker.id.toLowerCase()}/`);
	await expect(page.locator('h1').textContent()).resolves.toBe(`${tracker.id}: ${tracker.title}`);
	expect(log.foreign).toEqual([]);
	await context.close();
});

test('serves a feed that the browser’s strict XML parser accepts, with an entry per status change', async () => {
	const { context, page } = await openTrackedPage(browser());
	await page.goto(siteUrl('/decisions/'));
	const feed = await page.evaluate(async (url) => {
		const response = await fetch(url);
		const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
		return {
			type: response.headers.get('content-type'),
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.namespaceURI,
			entries: doc.getElementsByTagName('entry').length,
		};
	}, siteUrl('/decisions/feed.xml'));
	// Drafts ask nothing of reviewers: the feed lists openings, final reviews and outcomes only.
	const changes = register.trackers.flatMap((t) => t.timeline.filter((e) => e.status && e.status !== 'draft'));
	// A SUP entering final review is an entry too: the example SUPs' one synced pull request out of draft.
	const finalReviews = register.proposals.filter((p) => p.deadline !== null);
	expect(finalReviews).toHaveLength(1);
	expect(feed).toEqual({
		type: 'application/xml',
		error: null,
		root: 'http://www.w3.org/2005/Atom',
		entries: changes.length + finalReviews.length,
	});
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).resolves.toMatch(
		/decisions\/feed\.xml$/,
	);
	await context.close();
});

test('passes axe accessibility checks on the decision pages and notices, in light and dark themes', async () => {
	const tracker = register.trackers.find((t) => t.daysLeft !== null && t.affects.length)!;
	const paths = ['/decisions/', `/decisions/${tracker.id.toLowerCase()}/`, '/decisions/approvers/', `/${tracker.affects[0]!.page}/`];
	const found: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser().newContext({ colorScheme });
		const page = await context.newPage();
		for (const path of paths) {
			await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
			// Only what this feature adds; Starlight's own markup is not ours to fix here.
			const result = await new AxeBuilder({ page })
				.include('.dt-backlinks, .dt-rail, .dt-banner, .dt-table, .dt-matrix, .dt-filters, .dt-approvers')
				.analyze();
			found.push(...result.violations.map((v) => `${colorScheme} ${path}: ${v.id}`));
		}
		await context.close();
	}
	expect(found).toEqual([]);
}, 180_000);

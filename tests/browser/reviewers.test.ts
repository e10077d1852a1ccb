import { beforeAll, expect, test } from 'vitest';
import type { DecisionsExport } from '../../src/features/decisions/exports/json-export.ts';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

/** What an approver reading the decision pages needs: how to act, what a deadline means, filters that say when nothing matches. */
const browser = useBrowser();
let register: DecisionsExport;
beforeAll(async () => {
	register = await (await fetch(siteUrl('/decisions.json'))).json();
});

const COMMANDS = ['/approve', '/reject <reasons>', '/abstain'];

test('tells approvers how to respond on every tracker awaiting responses, and only there', async () => {
	const { context, page } = await openTrackedPage(browser());
	for (const tracker of register.trackers) {
		await page.goto(siteUrl(`/decisions/${tracker.id.toLowerCase()}/`));
		const guidance = page.locator('[data-how-to-respond]');
		if (tracker.daysLeft === null) {
			await expect(guidance.count(), tracker.id).resolves.toBe(0);
			continue;
		}
		await expect(guidance.locator('code').allTextContents()).resolves.toEqual(expect.arrayContaining(COMMANDS));
		const text = (await guidance.textContent())?.replace(/\s+/g, ' ') ?? '';
		expect(text).toContain(`respond to ${tracker.id} by`);
		expect(text).toMatch(/Decisions taken in a working group meeting count the same/);
		await expect(page.locator('starlight-toc a[href="#how-to-respond"]').count()).resolves.toBe(1);
	}
	await context.close();
});

test('explains on the process page how to respond and what happens when a deadline passes, with no stray backticks', async () => {
	const { context, page } = await openTrackedPage(browser());
	await page.goto(siteUrl('/decisions/process/'));
	await expect(page.locator('[data-how-to-respond] code').allTextContents()).resolves.toEqual(expect.arrayContaining(COMMANDS));
	const deadlines = (await page.locator('#deadlines ~ p').allTextContents()).join(' ').replace(/\s+/g, ' ');
	expect(deadlines).toMatch(/When a deadline passes, nothing is decided by default: a missing response is never counted as an approval/);
	const main = (await page.locator('main').textContent()) ?? '';
	expect(main).not.toContain('`');
	expect(main.replace(/\s+/g, ' ')).toContain('A tracker starts as draft or open.');
	await context.close();
});

test('labels the review deadline in the notice of a specification page', async () => {
	const tracker = register.trackers.find((t) => t.daysLeft !== null && t.affects.length)!;
	const { context, page } = await openTrackedPage(browser());
	await page.goto(siteUrl(`/${tracker.affects[0]!.page}/`));
	const item = page.locator(`.dt-backlinks li[data-tracker="${tracker.id}"]`);
	const text = (await item.textContent())?.replace(/\s+/g, ' ') ?? '';
	expect(text).toMatch(/Review deadline: \d{1,2} [A-Z][a-z]{2} \d{4}, (\d+ days? left|due today|overdue by \d+ days?)/);
	await context.close();
});

test('separates the sentences of an approver page', async () => {
	const organization = register.organizations.find((o) => o.approvers.length > 1 && o.approvers.some((a) => !a.github))!;
	const approver = organization.approvers.find((a) => !a.github)!;
	const { context, page } = await openTrackedPage(browser());
	await page.goto(siteUrl(`/decisions/approvers/${approver.id}/`));
	const intro = (await page.locator('main .sl-markdown-content > p').first().textContent())?.replace(/\s+/g, ' ') ?? '';
	expect(intro).toContain(`Approver for ${organization.name}. Also approving for ${organization.name}:`);
	await context.close();
});

test('says when the tracker filters match nothing, and clears them in one click', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	// No tracker is both approved and awaiting a vendor's response.
	await page.goto(siteUrl(`/decisions/?status=approved&vendor=${register.organizations[0]!.id}`), { waitUntil: 'networkidle' });
	const rows = page.locator('#dt-register tbody tr:visible');
	await expect.poll(() => rows.count()).toBe(0);
	const empty = page.locator('[data-filters-for] [data-filter-empty]');
	await expect(empty.textContent()).resolves.toMatch(/No tracker matches these filters/);
	await expect(empty.isVisible()).resolves.toBe(true);
	await empty.getByRole('button', { name: 'Clear the filters' }).click();
	await expect.poll(() => rows.count()).toBe(register.trackers.length);
	await expect(empty.isVisible()).resolves.toBe(false);
	expect(new URL(page.url()).search).toBe('');
	expect(log.errors).toEqual([]);
	await context.close();
});

test('says when the requirement filters match nothing, and clears them in one click', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/requirements/?q=no-such-statement-anywhere'), { waitUntil: 'networkidle' });
	const rows = page.locator('.requirements-table tbody tr:not([hidden])');
	await expect.poll(() => rows.count()).toBe(0);
	const empty = page.locator('[data-requirements-filters] [data-filter-empty]');
	await expect(empty.isVisible()).resolves.toBe(true);
	await expect(empty.textContent()).resolves.toMatch(/No statement matches these filters/);
	await empty.getByRole('button', { name: 'Clear the filters' }).click();
	await expect.poll(() => rows.count()).toBeGreaterThan(50);
	await expect(empty.isVisible()).resolves.toBe(false);
	await expect(page.getByLabel('Search statements').inputValue()).resolves.toBe('');
	expect(new URL(page.url()).search).toBe('');
	expect(log.errors).toEqual([]);
	await context.close();
});

test('keeps words apart in search results of a tracker', async () => {
	const { context, page } = await openTrackedPage(browser());
	await page.goto(siteUrl('/decisions/'));
	// A string, not a function: vitest would rewrite a function's dynamic `import()` for Node.
	const excerpts: string[] = await page.evaluate(`(async () => {
		const pagefind = await import(${JSON.stringify(siteUrl('/pagefind/pagefind.js'))});
		await pagefind.init();
		const search = await pagefind.search('every member vendor is asked to approve');
		const results = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
		return results.map((r) => r.url + ': ' + r.excerpt.replace(/<[^>]+>/g, ''));
	})()`);
	expect(excerpts.some((e) => /\/decisions\/dt-/.test(e))).toBe(true);
	expect(excerpts.filter((e) => /reviewEvery|reviewA resolution/.test(e))).toEqual([]);
	await context.close();
});

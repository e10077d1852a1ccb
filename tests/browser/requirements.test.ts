import { expect, test } from 'vitest';
import { openTrackedPage, siteUrl, tabTo, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

test('opens a requirement from its permalink, highlighted, with key words in the text colour, and copies the permalink', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl('/')).origin });
	await page.goto(siteUrl('/specification/onboarding/#REQ-ONB-003'), { waitUntil: 'networkidle' });
	const statement = page.locator('.requirement:target');
	await expect(statement.getAttribute('id')).resolves.toBe('REQ-ONB-003');
	await expect(statement.locator('.rfc2119').allTextContents()).resolves.toEqual(['MUST']);
	await expect(statement.locator('.rfc2119').evaluate((word) => getComputedStyle(word).color)).resolves.toBe(
		await statement.evaluate((text) => getComputedStyle(text).color),
	);
	await statement.getByRole('button', { name: 'Copy link to REQ-ONB-003' }).click();
	await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(siteUrl('/specification/onboarding/#REQ-ONB-003'));
	await expect(statement.getByRole('button').getAttribute('title')).resolves.toBe('Link copied');
	expect(log.errors).toEqual([]);
	expect(log.foreign).toEqual([]);
	await context.close();
});

test('shows a lexicon term’s definition on keyboard focus as its description, and hides it on Escape', async () => {
	const { context, page } = await openTrackedPage(browser());
	await page.goto(siteUrl('/specification/onboarding/'), { waitUntil: 'networkidle' });
	const term = page.locator('.lexicon-term').first();
	const link = term.getByRole('link');
	const tip = term.getByRole('tooltip', { includeHidden: true });
	await expect(tip.isVisible()).resolves.toBe(false);
	await tabTo(page, link);
	await expect(tip.isVisible()).resolves.toBe(true);
	await expect(link.getAttribute('href')).resolves.toMatch(/\/concepts\/lexicon\/#[a-z-]+$/);
	const description = await link.evaluate(
		(element) => document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent,
	);
	expect(description).toMatch(/^[A-Z].+\.$/);
	await page.keyboard.press('Escape');
	await expect(tip.isVisible()).resolves.toBe(false);
	await context.close();
});

test('loads the tooltip placement code only when a reader first points at a term, and places that tooltip', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto(siteUrl('/specification/onboarding/'), { waitUntil: 'networkidle' });
	const placement = () => scripts.filter((path) => path.includes('tooltip-placement'));
	expect(placement()).toEqual([]);
	const term = page.locator('.lexicon-term').first();
	await term.scrollIntoViewIfNeeded();
	await term.locator('a').hover();
	await expect.poll(() => term.locator('.lexicon-tip').evaluate((element) => element.dataset['placement'] ?? '')).toMatch(/^(top|bottom)/);
	expect(placement()).toHaveLength(1);
	expect(log.errors).toEqual([]);
	await context.close();
});

test('lists every requirement without JavaScript, each row linking to its statement', async () => {
	const context = await browser().newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(siteUrl('/requirements/'));
	const exported = (await (await page.request.get(siteUrl('/requirements.json'))).json()) as {
		requirements: { id: string; url: string; mock?: { checked: true } | { checked: false; why: string } }[];
	};
	const rows = page.locator('.requirements-table tbody tr');
	await expect(rows.count()).resolves.toBe(exported.requirements.length);
	await expect(page.locator('[data-requirements-filters]').isVisible()).resolves.toBe(false);
	const first = exported.requirements[0];
	await expect(rows.first().getAttribute('id')).resolves.toBe(first?.id);
	await expect(rows.first().locator('a').first().getAttribute('href')).resolves.toBe(
		new URL(first?.url ?? '').pathname + new URL(first?.url ?? '').hash,
	);
	// The last column says what /requirements.json says of the mock, row by row.
	const shown = await rows.evaluateAll((trs) => trs.map((tr) => (tr.lastElementChild as HTMLElement).innerText.split('\n')[0]!.trim()));
	expect(shown).toEqual(
		exported.requirements.map(({ mock }) => (!mock ? '–' : mock.checked ? 'checked by the mock' : `not checkable: ${mock.why}`)),
	);
	expect(shown.filter((text) => text === 'checked by the mock')).toHaveLength(26);
	await expect(page.locator('#REQ-DST-006 td[data-label="Mock"]').innerText()).resolves.toBe(
		'not checkable: The configured polling interval is not known to the mock.',
	);
	await context.close();
});

test('filters the index by key word, party, page and text, and keeps the filters in the address', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	const { requirements } = (await (await page.request.get(siteUrl('/requirements.json'))).json()) as {
		requirements: { keyword: string; binds: string[]; text: string; page: { title: string; url: string } }[];
	};
	await page.goto(siteUrl('/requirements/?binds=orchestrator'), { waitUntil: 'networkidle' });
	const filters = page.locator('[data-requirements-filters]');
	const rows = page.locator('.requirements-table tbody tr:not([hidden])');
	const orchestrator = requirements.filter((r) => r.binds.includes('orchestrator'));
	await expect(rows.count()).resolves.toBe(orchestrator.length);

	const target = orchestrator.find((r) => r.keyword === 'SHOULD');
	if (!target) throw new Error('The specification has no SHOULD for the orchestrator to filter on');
	const expected = orchestrator.filter((r) => r.keyword === 'SHOULD' && r.page.url === target.page.url);
	await filters.getByLabel('Key word').selectOption('SHOULD');
	await filters.getByLabel('Page').selectOption({ label: target.page.title });
	await expect(rows.locator('td:nth-child(2)').allTextContents()).resolves.toEqual(expected.map((r) => r.text));
	await expect(filters.locator('[data-filter-result]').textContent()).resolves.toBe(
		`${expected.length} of ${requirements.length} statements`,
	);
	const slug = new URL(target.page.url).pathname.replace(/^\/|\/$/g, '');
	expect(new URL(page.url()).search).toBe(`?keyword=SHOULD&binds=orchestrator&page=${encodeURIComponent(slug)}`);

	await filters.getByLabel('Key word').selectOption('');
	await filters.getByLabel('Binds').selectOption('');
	await filters.getByLabel('Page').selectOption('');
	await filters.getByLabel('Search statements').fill('etag');
	await expect(rows.locator('td:nth-child(2)').allTextContents()).resolves.toEqual(
		requirements.filter((r) => /etag/i.test(r.text)).map((r) => r.text),
	);
	expect(log.errors).toEqual([]);
	await context.close();
});

test('hides the rows a filter leaves out on a phone too, where each row is a card', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.setViewportSize({ width: 390, height: 844 });
	const { requirements } = (await (await page.request.get(siteUrl('/requirements.json'))).json()) as {
		requirements: { binds: string[] }[];
	};
	await page.goto(siteUrl('/requirements/?binds=orchestrator'), { waitUntil: 'networkidle' });
	const shown = requirements.filter((r) => r.binds.includes('orchestrator')).length;
	expect(shown).toBeLessThan(requirements.length);
	await expect.poll(() => page.locator('.requirements-table tbody tr:visible').count()).toBe(shown);
	// Once the filter has run (on a busy machine, after the page settled), a row it keeps is a card.
	const kept = page.locator('.requirements-table tbody tr:not([hidden])');
	await expect(kept.first().evaluate((row) => getComputedStyle(row).display)).resolves.toBe('block');
	expect(log.errors).toEqual([]);
	await context.close();
});

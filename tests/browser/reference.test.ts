import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadApiDocuments } from '../../src/shared/node/openapi/documents.ts';
import { listOperations } from '#shared/openapi/operations.ts';
import { projectRoot } from '../support/run-astro.ts';
import { openTrackedPage, siteUrl, useBrowser } from '../support/browser.ts';

const documents = loadApiDocuments(projectRoot);
const isScalar = (url: string) => /scalar/i.test(new URL(url).pathname);

const browser = useBrowser();

test('renders every operation of each API document without loading Scalar', async () => {
	expect(documents.length).toBeGreaterThan(0);
	for (const { id, document } of documents) {
		const { context, page, log } = await openTrackedPage(browser());
		await page.goto(siteUrl(`/reference/${id}/`), { waitUntil: 'networkidle' });
		const rendered = await page
			.locator('[data-operation]')
			.evaluateAll((sections) =>
				sections.map((s) => `${(s as HTMLElement).dataset['method']?.toUpperCase()} ${(s as HTMLElement).dataset['path']}`),
			);
		const expected = listOperations(document).map((op) => `${op.method.toUpperCase()} ${op.path}`);
		expect(rendered.sort()).toEqual(expected.sort());
		expect(log.all.filter(isScalar)).toEqual([]);
		expect(log.foreign).toEqual([]);
		expect(log.errors).toEqual([]);
		await context.close();
	}
});

test('shows a schema nested deeper than the page shows open once its closed body is opened', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/reference/margo-management-api/'), { waitUntil: 'networkidle' });
	// DeviceCapabilities › resources › cpus: the page shows the schema's own fields; "Show child
	// attributes" of resources shows cpus, whose processors' fields are closed in turn.
	const operation = page.locator('[data-operation="putDeviceCapabilities"]');
	const field = (name: string) =>
		operation.locator('li.api-field', { has: page.locator(':scope > .api-field__head code', { hasText: new RegExp(`^${name}$`) }) });
	for (const name of ['properties', 'resources']) {
		const summary = field(name).locator(':scope > details.api-more > summary');
		await expect(summary.innerText()).resolves.toMatch(/^Show child attributes \(\d+ fields\)$/);
		await summary.click();
	}
	const cpus = field('cpus');
	await cpus.waitFor();
	const closed = cpus.locator(':scope > details.api-more');
	await expect(closed.evaluate((details: HTMLDetailsElement) => details.open)).resolves.toBe(false);
	await expect(cpus.locator('code.api-field__name', { hasText: /^cores$/ }).count()).resolves.toBe(0);
	await closed.locator('summary').click();
	const cores = closed.locator('.api-field__head', { hasText: 'cores' });
	await cores.waitFor();
	await expect(cores.innerText()).resolves.toMatch(/cores\s+integer\s+required/);
	await expect(closed.getByText('The instruction set.').isVisible()).resolves.toBe(true);
	// A second opening fetches nothing more and shows the body once.
	const requests = log.all.length;
	await closed.locator('summary').click();
	await closed.locator('summary').click();
	await expect(closed.locator('code.api-field__name', { hasText: /^cores$/ }).count()).resolves.toBe(1);
	expect(log.all.length).toBe(requests);
	expect(log.all.filter((url) => url.includes('/reference/margo-management-api/parts/')).length).toBeLessThanOrEqual(3);
	expect(log.errors).toEqual([]);
	expect(log.failed).toEqual([]);
	await context.close();
});

test('opens Scalar’s request client for every operation, aimed at the same-origin mock, with no request to another host', async () => {
	// Scalar renders an operation only once it scrolls into view: a short window proves the dialog shows it at once.
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/reference/margo-management-api/'), { waitUntil: 'networkidle' });
	const mock = `${new URL(siteUrl('/')).origin}/api/v1`;
	const api = documents.find((d) => d.id === 'margo-management-api')!;
	for (const op of listOperations(api.document)) {
		await page.locator(`[data-operation="${op.key}"] button.api-try`).click();
		const dialog = page.locator('dialog[open]');
		await dialog.locator('.scalar-client--open').first().waitFor();
		// Scalar opens its client with the address bar: server URL, then the operation's path.
		await expect.poll(() => dialog.innerText(), { timeout: 15_000 }).toContain(op.path.split('/').slice(0, 2).join('/'));
		await expect(dialog.innerText()).resolves.toContain(mock);
		await dialog.getByRole('button', { name: 'Close', exact: true }).click();
	}
	expect(log.all.some(isScalar)).toBe(true);
	// Scalar's own hosts are configured to a path of this site: nothing may have tried them.
	expect(log.all.filter((url) => url.includes('__scalar-disabled'))).toEqual([]);
	expect(log.foreign).toEqual([]);
	expect(log.errors).toEqual([]);
	await context.close();
});

test('sends a request from Scalar’s client to the same-origin mock path', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/reference/margo-management-api/'), { waitUntil: 'networkidle' });
	await page.locator('[data-operation="getRootCaCertificate"] button.api-try').click();
	const target = `${new URL(siteUrl('/')).origin}/api/v1/onboarding/certificate`;
	const sent = page.waitForRequest((request) => request.url() === target, { timeout: 15_000 });
	// Scalar renders its address bar twice (one copy hidden); press the visible Send button.
	await page.locator('dialog[open] button', { hasText: /^Send/ }).filter({ visible: true }).first().click();
	await expect(sent.then((request) => request.method())).resolves.toBe('GET');
	// The document's own servers stay selectable in the client's server menu.
	await page.locator('.scalar-client--open button', { hasText: '/api/v1' }).filter({ visible: true }).first().click();
	await page.getByText('https://wfm.example.com/api/v1', { exact: true }).filter({ visible: true }).first().waitFor();
	expect(log.foreign).toEqual([]);
	await context.close();
});

test('switches Scalar between light and dark with the site’s theme', async () => {
	const { context, page } = await openTrackedPage(browser());
	await page.goto(siteUrl('/reference/margo-management-api/'), { waitUntil: 'networkidle' });
	await page.locator('[data-operation="getRootCaCertificate"] button.api-try').click();
	await page.locator('dialog[open] .scalar-app').first().waitFor();
	const mode = () => page.evaluate(() => (document.body.classList.contains('dark-mode') ? 'dark' : 'light'));
	await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
	await expect.poll(mode).toBe('dark');
	await page.evaluate(() => (document.documentElement.dataset['theme'] = 'light'));
	await expect.poll(mode).toBe('light');
	await context.close();
});

test('ships no Scalar code to specification pages', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/specification/device-capabilities/'), { waitUntil: 'networkidle' });
	expect(log.all.filter(isScalar)).toEqual([]);
	await expect(page.locator('script[src*="scalar" i], link[href*="scalar" i]').count()).resolves.toBe(0);
	await context.close();
});

test('offers each document for download as YAML and as JSON with the same content', async () => {
	const { context, page } = await openTrackedPage(browser());
	for (const { id, document } of documents) {
		const yaml = await page.request.get(siteUrl(`/openapi/${id}.yaml`));
		const json = await page.request.get(siteUrl(`/openapi/${id}.json`));
		expect([yaml.status(), json.status()]).toEqual([200, 200]);
		expect(parse(await yaml.text())).toEqual(document);
		expect(await json.json()).toEqual(document);
	}
	await context.close();
});

test('finds an operation of the reference through Pagefind search', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(siteUrl('/overview/introduction/'), { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Search' }).first().click();
	await page.locator('dialog[open] input').fill('putDeviceCapabilities');
	const results = page.locator('dialog[open] .pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	await expect(results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).resolves.toContain(
		'/reference/margo-management-api/',
	);
	expect(log.foreign).toEqual([]);
	await context.close();
});

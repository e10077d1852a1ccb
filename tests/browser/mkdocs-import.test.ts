import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Server } from 'node:http';
import { useBrowser } from '../support/browser.ts';
import { sharedBuild } from '../support/shared-build.ts';
import { serveStatic } from '../support/static-server.ts';

const browser = useBrowser();
let site: { url: string; server: Server } | undefined;

// The fixture holds a specification imported from MkDocs (see tests/fixtures/mkdocs-site/README.md),
// built once (tests/build/mkdocs-import.test.ts reads the same build) and served for this file.
beforeAll(async () => {
	const result = await sharedBuild('fixture/mkdocs-site');
	if (result.code !== 0) throw new Error(`The imported fixture site did not build:\n${result.output}`);
	site = await serveStatic(result.outDir);
}, 180_000);

afterAll(() => new Promise<void>((resolve) => (site ? site.server.close(() => resolve()) : resolve())));

test('shows an imported page with its draw.io figure, a converted admonition and a collapsible block', async () => {
	const context = await browser().newContext();
	const own = new URL(site?.url ?? '').host;
	const foreign: string[] = [];
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.host === own) return route.continue();
		foreign.push(url.href);
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	await page.goto(new URL('/spec/application-distribution/application-package/', site?.url).href, { waitUntil: 'networkidle' });

	await expect(page.locator('h1').textContent()).resolves.toBe('Application package');
	const figure = page.getByRole('img', { name: 'Layout of an application package: a description file, resources and deployment profiles' });
	await expect(figure.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).resolves.toBeGreaterThan(0);

	const aside = page.locator('aside.starlight-aside--caution');
	await expect(aside.locator('.starlight-aside__title').textContent()).resolves.toContain('Warning');
	await expect(aside.textContent()).resolves.toContain('A package without a deployment profile cannot be installed.');
	await expect(aside.isVisible()).resolves.toBe(true);

	await page.getByRole('link', { name: 'description format' }).click();
	await page.waitForURL(/\/spec\/application-distribution\/application-description\/#description-format$/);
	const details = page.locator('details', { hasText: 'A profile for Helm' });
	await expect(details.getAttribute('open')).resolves.toBeNull();
	await details.locator('summary').click();
	await expect(details.getByText('A Helm profile names a chart repository').isVisible()).resolves.toBe(true);
	expect(foreign).toEqual([]);
	await context.close();
});

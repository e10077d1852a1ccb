import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sharedBuild } from '../support/shared-build.ts';
import { serveStatic } from '../support/static-server.ts';
import { useBrowser } from '../support/browser.ts';

/**
 * "Try it" on a document other than the management API: the site of `tests/fixtures/api-versions`
 * (a Swagger 2.0, an OpenAPI 3.0 and a 3.1 document), built once for this file and
 * tests/build/api-versions.test.ts and served here, since the
 * real site holds the management API only.
 */
const browser = useBrowser();
let site: { url: string; server: Server } | undefined;

beforeAll(async () => {
	const built = await sharedBuild('fixture/api-versions');
	if (built.code !== 0) throw new Error(built.output);
	site = await serveStatic(built.outDir);
});

afterAll(() => {
	site?.server.close();
});

test('sends "Try it" on a Swagger 2.0 document to the same-origin generic mock, which answers with the documented example', async () => {
	const { url } = site!;
	const context = await browser().newContext();
	const foreign: string[] = [];
	await context.route('**/*', (route) => {
		if (new URL(route.request().url()).host === new URL(url).host) return route.continue();
		foreign.push(route.request().url());
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	await page.goto(`${url}/reference/greenhouse/`, { waitUntil: 'networkidle' });
	await page.locator('[data-operation="listSensors"] button.api-try').click();
	const dialog = page.locator('dialog[open]');
	await dialog.locator('.scalar-client--open').first().waitFor({ timeout: 30_000 });
	const target = `${new URL(url).origin}/mock/greenhouse/sensors`;
	await expect.poll(() => dialog.innerText(), { timeout: 15_000 }).toContain(`${new URL(url).origin}/mock/greenhouse`);
	const answered = page.waitForResponse((response) => response.url().split('?')[0] === target, { timeout: 30_000 });
	// Scalar renders its address bar twice (one copy hidden); press the visible Send button.
	await page.locator('dialog[open] button', { hasText: /^Send/ }).filter({ visible: true }).first().click();
	const response = await answered;
	expect(response.status(), await response.text()).toBe(200);
	expect(await response.json()).toEqual([
		{ id: 'tomato-row-1', kind: 'humidity', reading: 61.5 },
		{ id: 'tomato-row-2', kind: 'temperature', reading: null },
	]);
	await expect.poll(() => dialog.innerText(), { timeout: 15_000 }).toContain('tomato-row-2');
	expect(foreign).toEqual([]);
	await context.close();
});

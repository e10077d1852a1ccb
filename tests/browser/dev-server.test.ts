import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openTrackedPage, useBrowser } from '../support/browser.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

// A contributor's first run: `npm run dev`, then `npm run new:decision`, then an edit, with the tab open.
const browser = useBrowser();
let dev: DevServer | undefined;

beforeAll(async () => {
	dev = await startDevServer();
}, 180_000);

afterAll(async () => {
	await dev?.stop();
});

function server(): DevServer {
	if (!dev) throw new Error('the dev server did not start');
	return dev;
}

/** `npm run new:decision -- "<title>"` in the server's copy of the project; returns the file it wrote. */
function newDecision(title: string): string {
	const cli = join(server().root, 'src', 'features', 'decisions', 'new-decision-cli.ts');
	return execFileSync(process.execPath, [cli, title], { cwd: server().root, encoding: 'utf8' }).trim();
}

function editTitle(file: string, title: string): void {
	const path = join(server().root, file);
	writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`));
}

/** Waits until the open tab shows `text` in its main heading: the dev server reloaded it, or a later visit does. */
async function headingShows(page: Page, path: string, text: string): Promise<void> {
	await expect
		.poll(
			async () => {
				const heading = await page
					.locator('h1')
					.first()
					.textContent({ timeout: 2_000 })
					.catch(() => '');
				if (heading?.includes(text)) return heading;
				await page.goto(server().url(path)).catch(() => undefined);
				return page
					.locator('h1')
					.first()
					.textContent({ timeout: 5_000 })
					.catch(() => '');
			},
			{ timeout: 120_000, interval: 1_000 },
		)
		.toContain(text);
}

/** The tracker ids the register lists; asked again while the first visits of `astro dev` reload the page. */
async function registerIds(page: Page): Promise<string[]> {
	let ids: string[] = [];
	await expect
		.poll(
			async () => {
				await page.goto(server().url('/decisions/')).catch(() => undefined);
				ids = await page
					.locator('#dt-register tbody tr')
					.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''))
					.catch(() => []);
				return ids.length;
			},
			{ timeout: 120_000, interval: 1_000 },
		)
		.toBeGreaterThan(0);
	return ids;
}

test('shows a new tracker and its edited title while the dev server runs, the edit also after a restart', async () => {
	const { context, page, log } = await openTrackedPage(browser(), server().url());
	await page.setViewportSize({ width: 1400, height: 900 });
	expect(await registerIds(page)).toHaveLength(5);

	const first = newDecision('Retention of deployment status history');
	expect(first).toBe('content/decisions/dt-006-retention-of-deployment-status-history.md');
	await headingShows(page, '/decisions/dt-006/', 'Retention of deployment status history');

	// Adding a page changes the sidebar, which restarts the server in place; content must still reload after it.
	const mark = server().output().length;
	writeFileSync(
		join(server().root, 'content', 'docs', 'overview', 'zz-dev-probe.md'),
		'---\ntitle: Dev server probe\ndescription: A page added while the dev server runs.\n---\n\nAdded during a test.\n',
	);
	await server().printed('server restarted', mark);

	await page.setViewportSize({ width: 390, height: 844 });
	// The first visits after a restart may be reloaded by Vite mid-way; the wait below visits again.
	await page.goto(server().url('/decisions/dt-006/')).catch(() => undefined);
	editTitle(first, 'Retention of deployment status history on devices');
	await headingShows(page, '/decisions/dt-006/', 'on devices');

	// Known gap: a tracker added after the restart still answers 404 until the server is restarted again.
	expect(await registerIds(page)).toEqual(expect.arrayContaining(['DT-006']));
	await expect(page.locator('#dt-register').textContent()).resolves.toContain('Retention of deployment status history on devices');
	expect(log.foreign).toEqual([]);
	await context.close();
}, 480_000);

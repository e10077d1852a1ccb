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

/** The part of the server's output after the first `from` characters. */
const since = (from: number) => server().output().slice(from);

test('shows new trackers and their edited titles while the dev server runs, before and after it restarts in place', async () => {
	const { context, page, log } = await openTrackedPage(browser(), server().url());
	await page.setViewportSize({ width: 1400, height: 900 });
	expect(await registerIds(page)).toHaveLength(5);

	const first = newDecision('Retention of deployment status history');
	expect(first).toBe('content/decisions/dt-006-retention-of-deployment-status-history.md');
	await headingShows(page, '/decisions/dt-006/', 'Retention of deployment status history');
	editTitle(first, 'Retention of deployment status history on devices');
	await headingShows(page, '/decisions/dt-006/', 'on devices');

	// Adding a page changes the sidebar, which restarts the server in place: the watcher Astro gave
	// the loaders is closed then, and content must still reload after it.
	const mark = server().output().length;
	writeFileSync(
		join(server().root, 'content', 'docs', 'overview', 'zz-dev-probe.md'),
		'---\ntitle: Dev server probe\ndescription: A page added while the dev server runs.\n---\n\nAdded during a test.\n',
	);
	await server().printed('server restarted', mark);

	await page.setViewportSize({ width: 390, height: 844 });
	const second = newDecision('Clock skew tolerance for signed requests');
	expect(second).toBe('content/decisions/dt-007-clock-skew-tolerance-for-signed-requests.md');
	await headingShows(page, '/decisions/dt-007/', 'Clock skew tolerance for signed requests');
	editTitle(second, 'Clock skew tolerance for signed device requests');
	await headingShows(page, '/decisions/dt-007/', 'signed device requests');

	expect(await registerIds(page)).toEqual(expect.arrayContaining(['DT-006', 'DT-007']));
	const register = await page.locator('#dt-register').textContent();
	expect(register).toContain('Retention of deployment status history on devices');
	expect(register).toContain('Clock skew tolerance for signed device requests');
	expect(since(mark)).not.toMatch(/did not reload|could not reload/);
	expect(log.foreign).toEqual([]);
	await context.close();
}, 480_000);

test('shows a new SUP and its edited title while the dev server runs', async () => {
	const { context, page } = await openTrackedPage(browser(), server().url());
	const file = join(server().root, 'content', 'proposals', 'proposals', 'device-clock-report.md');
	const sup = (title: string) =>
		`# ${title}\n\n## Owner\n\n@kvarga-margo\n\n## Summary\n\nDevices report how far their clock is from the orchestrator's.\n`;
	writeFileSync(file, sup('Report the device clock offset'));
	await headingShows(page, '/proposals/device-clock-report/', 'Report the device clock offset');
	writeFileSync(file, sup('Report the device clock offset at onboarding'));
	await headingShows(page, '/proposals/device-clock-report/', 'at onboarding');
	await page.goto(server().url('/proposals/'));
	await expect(page.locator('main').textContent()).resolves.toContain('Report the device clock offset at onboarding');
	await context.close();
}, 240_000);

/** The text of the error overlay Astro (or Vite) shows in `page`, drawn in its shadow root; empty when none. */
function overlayText(page: Page): Promise<string> {
	return page
		.locator('vite-error-overlay')
		.first()
		.evaluate((overlay) => overlay.shadowRoot?.textContent ?? '', undefined, { timeout: 2_000 })
		.catch(() => '');
}

/** The lines of the site's front matter report in the server's output after `from`. */
function frontMatterReports(from: number): string[] {
	return [...since(from).matchAll(/Specification pages: \d+ problem[\s\S]*?\n {2}fix: [^\n]*/g)].map((match) => match[0]);
}

test('shows a broken front matter in the open tab, prints it once and reloads the tab when it is fixed', async () => {
	const { context, page } = await openTrackedPage(browser(), server().url());
	await headingShows(page, '/overview/personas/', 'Personas');
	const path = join(server().root, 'content', 'docs', 'overview', 'personas.md');
	const good = readFileSync(path, 'utf8');

	const mark = server().output().length;
	writeFileSync(path, good.replace(/^title: .*$/m, 'title: [broken: yaml'));
	// The page may reload once more as the content is synced; the overlay comes back as it reconnects.
	await expect.poll(() => overlayText(page), { timeout: 60_000 }).toContain('personas.md:3:1: front matter is not valid YAML');

	writeFileSync(path, good.replace(/^ {2}order: \d+$/m, '  order: first'));
	await expect.poll(() => overlayText(page), { timeout: 60_000 }).toContain('sidebar.order');
	// A tab opened while the problem remains is shown it too.
	const other = await context.newPage();
	await other.goto(server().url('/overview/introduction/'));
	await expect.poll(() => overlayText(other), { timeout: 60_000 }).toContain('sidebar.order');

	writeFileSync(path, good);
	await expect.poll(() => page.locator('vite-error-overlay').count(), { timeout: 60_000 }).toBe(0);
	await server().printed('Specification pages: no problems left', mark);
	await expect(page.locator('h1').first().textContent()).resolves.toContain('Personas');
	expect(await page.locator('vite-error-overlay').count()).toBe(0);

	// A tracker's front matter the same way, on the register's page.
	const tracker = join(server().root, 'content', 'decisions', 'dt-001-desired-state-delivery.md');
	const trackerText = readFileSync(tracker, 'utf8');
	await page.goto(server().url('/decisions/'));
	writeFileSync(tracker, trackerText.replace(/^status: approved$/m, 'status: [approved'));
	await expect
		.poll(() => overlayText(page), { timeout: 60_000 })
		.toContain('dt-001-desired-state-delivery.md:9:1: front matter is not valid YAML');
	writeFileSync(tracker, trackerText);
	await expect.poll(() => page.locator('vite-error-overlay').count(), { timeout: 60_000 }).toBe(0);
	await server().printed('Decision trackers: no problems left', mark);
	expect(since(mark).match(/Decision trackers: 1 problem/g)).toHaveLength(1);

	expect(frontMatterReports(mark)).toMatchInlineSnapshot(`
		[
		  "Specification pages: 1 problem

		content/docs/overview/personas.md:3:1: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] [frontmatter/yaml-syntax]
		  fix: check indentation and quoting on that line; quote values that contain \`: \` or start with a symbol",
		  "Specification pages: 1 problem

		content/docs/overview/personas.md:5:3: sidebar.order: Invalid input: expected number, received string [frontmatter/invalid-field]
		  fix: \`sidebar.order\` is a number; lower numbers come first in the sidebar group",
		]
	`);
	// Astro's glob loader reports nothing of its own, and the server did not restart for the broken page.
	expect(since(mark)).not.toMatch(/glob-loader|Failed to reload|server restarted/);
	await context.close();
}, 240_000);

import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { openTrackedPage, useBrowser } from '../support/browser.ts';
import { builtSite } from '../support/shared-build.ts';
import { serveStatic } from '../support/static-server.ts';

const browser = useBrowser();
let origin: string;
let server: Server;

// The comparison's pages exist only in a build that compares: the fixture repository's, built once
// for this file and tests/build/changes.test.ts.
beforeAll(async () => {
	const build = await builtSite('changes-repo');
	({ url: origin, server } = await serveStatic(build.outDir));
});
afterAll(async () => {
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

test('opens /changes/ from the preview notice: counts first, then the breaking API changes and the weakened requirement', async () => {
	const { context, page, log } = await openTrackedPage(browser(), origin);
	await page.goto(new URL('/specification/alpha/', origin).href);
	await page.getByRole('link', { name: 'see what changes' }).click();
	await page.waitForURL(/\/changes\/$/);
	const summary = page.locator('[data-changes-summary]');
	await expect(summary.locator('tr', { hasText: 'breaking API changes' }).locator('td').textContent()).resolves.toBe('6');
	await expect(page.locator('[data-changes-breaking] li').count()).resolves.toBe(6);
	const firstRow = page.locator('[data-changes-requirements] tbody tr').first();
	await expect(firstRow.getAttribute('data-change')).resolves.toBe('weakened');
	await expect(firstRow.locator('td').nth(2).textContent()).resolves.toBe('MUST → SHOULD');
	await expect(firstRow.locator('del').allTextContents()).resolves.toEqual(['MUST']);
	await expect(firstRow.locator('ins').allTextContents()).resolves.toEqual(['SHOULD']);
	// The statement's link leads to it in this build.
	await firstRow.getByRole('link', { name: 'REQ-ALP-003' }).click();
	await page.waitForURL(/\/specification\/alpha\/#REQ-ALP-003$/);
	expect(log.errors).toEqual([]);
	expect(log.foreign).toEqual([]);
	await context.close();
});

test('opens a changed page’s word diff from /changes/, with removed and added words marked', async () => {
	const { context, page, log } = await openTrackedPage(browser(), origin);
	await page.goto(new URL('/changes/', origin).href);
	await page.locator('[data-changes-pages] li', { hasText: 'Alpha' }).getByRole('link', { name: 'word diff' }).click();
	await page.waitForURL(/\/changes\/pages\/specification\/alpha\/$/);
	const diff = page.locator('[data-page-diff]');
	await expect(diff.locator('ins').allTextContents()).resolves.toContain('for an hour');
	// The removed statement's words that the new text does not reuse.
	await expect(diff.locator('del').allTextContents()).resolves.toEqual(expect.arrayContaining(['log', 'poll', '004']));
	expect(log.errors).toEqual([]);
	await context.close();
});

test('adds no comparison page to a build without MARGO_COMPARE_WITH', () => {
	expect(existsSync(join(inject('siteDir'), 'changes'))).toBe(false);
	expect(existsSync(join(inject('siteDir'), 'changes.json'))).toBe(false);
});

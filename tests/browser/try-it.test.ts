import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { loadApiDocuments } from '../../src/shared/node/openapi/documents.ts';
import { listOperations } from '../../src/shared/openapi/operations.ts';
import { projectRoot } from '../support/run-astro.ts';
import { openTrackedPage, siteUrl, tabTo, useBrowser } from '../support/browser.ts';
import { contrastOf, overlappingBoxes, sidewaysCut } from '../support/screen-geometry.ts';

const api = loadApiDocuments(projectRoot).find((d) => d.id === 'margo-management-api')!;
const operations = listOperations(api.document);
const reference = () => siteUrl('/reference/margo-management-api/');
const mockApi = () => `${new URL(siteUrl('/')).origin}/api/v1/`;

const browser = useBrowser();

/** Opens "Try it" for an operation and waits for Scalar's request client. */
async function openTryIt(page: Page, key: string) {
	await page.locator(`[data-operation="${key}"] button.api-try`).click();
	const dialog = page.locator('dialog[open]');
	await dialog.locator('.scalar-client--open').first().waitFor({ timeout: 30_000 });
	return dialog;
}

const focusedTry = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['try']);
const parseSent = (text: string) => {
	const [line = '', ...headers] = text.split('\n');
	return { line, headers: Object.fromEntries(headers.map((h) => [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 2)])) };
};

test('reaches 2xx on every management operation in document order from a fresh browser, showing what it sends', async () => {
	const { context, page, log } = await openTrackedPage(browser());
	await page.goto(reference(), { waitUntil: 'networkidle' });
	let clientId = '';
	const statuses: string[] = [];
	const noBody: string[] = [];
	for (const op of operations) {
		const before = page.url();
		const dialog = await openTryIt(page, op.key);
		// Scalar renders its address bar twice (one copy hidden), and keeps a transparent layer over
		// its buttons that fails Playwright's hit test: press the visible Send as the DOM would.
		const send = dialog.locator('button', { hasText: /^Send/ }).filter({ visible: true }).first();
		await send.waitFor({ timeout: 15_000 });
		const form = await dialog.locator('.scalar-client--open').first().innerText();
		if (clientId && op.path.includes('{clientId}')) expect(form).toContain(clientId);
		const inputs = await dialog.locator('input').evaluateAll((all) => all.map((input) => (input as HTMLInputElement).value));
		// What the mock received (Playwright does not see the body of a request a service worker answers).
		const received = page
			.evaluate(
				() =>
					new Promise<string>((resolve) =>
						addEventListener(
							'margo-mock:exchange',
							(event) => resolve((event as CustomEvent<{ request: { body: string } }>).detail.request.body),
							{
								once: true,
							},
						),
					),
			)
			.catch(() => '');
		const sent = page.waitForRequest((request) => request.url().startsWith(mockApi()), { timeout: 15_000 });
		await send.evaluate((button) => (button as HTMLButtonElement).click());
		const request = await sent;
		const response = (await request.response())!;
		statuses.push(`${op.operationId} ${response.status()}`);
		if (op.operationId === 'onboardDevice') clientId = ((await response.json()) as { clientId: string }).clientId;
		// The token endpoint gets the device's own credentials, not the document's example.
		if (op.operationId === 'requestAccessToken')
			expect(await received).toMatch(new RegExp(`^grant_type=client_credentials&client_id=${clientId}&client_secret=[\\w-]+$`));
		if (op.path.includes('{clientId}')) expect(request.url()).toContain(`/clients/${clientId}/`);

		// The response is shown in view under the client, and announced.
		const shownResponse = dialog.locator('.api-try__received');
		await expect
			.poll(() => shownResponse.locator('[data-status]').innerText(), { timeout: 15_000 })
			.toMatch(new RegExp(`^${response.status()}`));
		await expect(shownResponse.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).resolves.toBe(true);
		await expect(dialog.locator('[data-announce]').innerText()).resolves.toMatch(new RegExp(`^Response: ${response.status()}`));
		// The "Sent" panel, closed, shows the request as it left: same line, same header values.
		await dialog.locator('.api-try__sent summary').evaluate((summary) => ((summary.parentElement as HTMLDetailsElement).open = true));
		const panel = dialog.locator('[data-sent]');
		await expect.poll(() => panel.innerText(), { timeout: 15_000 }).toMatch(new RegExp(`^${request.method()} `));
		const shown = parseSent(await panel.innerText());
		expect(shown.line).toBe(`${request.method()} ${request.url()}`);
		const wire = await request.allHeaders();
		expect(Object.keys(shown.headers).length).toBeGreaterThan(0);
		for (const [name, value] of Object.entries(shown.headers)) expect([name, wire[name]]).toEqual([name, value]);
		if (op.signed) expect(shown.headers['signature-input']).toContain(`keyid="${clientId}"`);
		// The token sent is the one the form's Authentication field holds.
		if (op.security.length > 0) expect(inputs.map((value) => `Bearer ${value}`)).toContain(wire['authorization']);

		// Scalar shows the response once it has read it (closing earlier cancels that reading).
		await expect
			.poll(() => dialog.locator('.scalar-client--open').first().innerText(), { timeout: 15_000 })
			.toMatch(new RegExp(`Status:\\s+${response.status()}\\b`));
		// A response without a body says so, under the client and in Scalar's own response panel.
		if ((await shownResponse.locator('[data-received]').innerText()).endsWith('\n\nNo body')) {
			noBody.push(op.key);
			const blank = dialog.locator('.response-section-content-body:empty');
			await expect(blank.evaluateAll((all) => all.map((el) => getComputedStyle(el, '::after').content))).resolves.toEqual(['"No body"']);
		}

		// One Escape closes everything; focus goes back to the button; the address bar is unchanged.
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('dialog[open]').count(), { timeout: 5_000 }).toBe(0);
		await expect(focusedTry(page)).resolves.toBe(op.key);
		expect(page.url()).toBe(before);
	}
	expect(statuses.map((s) => s.split(' ')[0])).toEqual(operations.map((op) => op.operationId));
	expect(statuses.filter((s) => !/ 2\d\d$/.test(s))).toEqual([]);
	expect(noBody).toContain('putDeviceCapabilities');
	expect(log.foreign).toEqual([]);
	expect(log.errors).toEqual([]);
	await context.close();
});

test('says what it did to the device in place, and marks the signing headers until they are signed', async () => {
	const { context, page } = await openTrackedPage(browser());
	await page.goto(reference(), { waitUntil: 'networkidle' });
	const dialog = await openTryIt(page, 'putDeviceCapabilities');
	const notes = (await dialog.locator('.api-try__notes').innerText()).split(/\n+/);
	expect(notes).toEqual([
		expect.stringMatching(
			/^Created a device identity in this browser: an ECDSA P-256 key pair and a self-signed certificate \(CN=try-it-device-\w+\)\./,
		),
		expect.stringMatching(/^Onboarded it \(POST \/onboarding answered 201\): clientId [0-9a-f-]{36}\.$/),
		'Requested an access token for it (POST /token answered 200).',
	]);
	await expect(dialog.locator('.scalar-client--open').first().innerText()).resolves.toContain('(signed when sent)');
	await context.close();
});

test('has one dialog with one close control, and reopens on the request panel', async () => {
	const { context, page } = await openTrackedPage(browser());
	await page.goto(reference(), { waitUntil: 'networkidle' });
	for (const close of ['button', 'button', 'Escape'] as const) {
		const dialog = await openTryIt(page, 'getRootCaCertificate');
		const closers = dialog
			.locator('button')
			.filter({ visible: true })
			.filter({ hasText: /^(close|×)$/i });
		await expect(closers.count()).resolves.toBe(1);
		await expect(dialog.getByRole('button', { name: 'Close Client' }).filter({ visible: true }).count()).resolves.toBe(0);
		if (close === 'button') await dialog.getByRole('button', { name: 'Close', exact: true }).click();
		else await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('dialog[open]').count(), { timeout: 5_000 }).toBe(0);
		await expect(focusedTry(page)).resolves.toBe('getRootCaCertificate');
		// Closing destroys the client: no copy of Scalar's reference stays behind for the next opening.
		// (Scalar keeps one hidden tooltip element in <body>, shared by every instance.)
		await expect(page.locator('dialog .scalar-app, .scalar-container').count()).resolves.toBe(0);
	}
	await expect(page.locator('dialog.api-try__dialog').count()).resolves.toBe(1);
	await context.close();
});

test('fits 390 px and 1400 px screens: the reference pages do not scroll sideways', async () => {
	for (const width of [390, 1400]) {
		for (const path of ['/reference/', '/reference/margo-management-api/']) {
			const context = await browser().newContext({ viewport: { width, height: 844 } });
			const page = await context.newPage();
			await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
			const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
			expect({ width, path, scrollWidth }).toEqual({ width, path, scrollWidth: Math.min(scrollWidth, innerWidth) });
			await context.close();
		}
	}
});

for (const [width, theme] of [390, 1400].flatMap((w) => (['light', 'dark'] as const).map((t) => [w, t] as const))) {
	test(`fits the request client to ${width} px in the ${theme} theme: nothing overlaps, the path wraps, Send and the method in the site colours with a focus ring, the response in view`, async () => {
		const op = operations.find((o) => o.operationId === 'getApplicationDeployment')!;
		const where = `${width} px, ${theme}`;
		const context = await browser().newContext({ viewport: { width, height: width < 800 ? 844 : 900 } });
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const page = await context.newPage();
		await page.goto(reference(), { waitUntil: 'networkidle' });
		const dialog = await openTryIt(page, op.key);
		const send = dialog.locator('button[data-addressbar-action="send"]').filter({ visible: true });
		await send.waitFor({ timeout: 15_000 });
		// The site's colours, resolved where Scalar's client inherits them.
		const site = await dialog.evaluate((d) =>
			Object.fromEntries(
				['--sl-color-text-accent', '--sl-color-black', '--sl-color-green-high'].map((name) => {
					const probe = d.appendChild(document.createElement('span'));
					probe.style.color = `var(${name})`;
					const colour = getComputedStyle(probe).color;
					probe.remove();
					return [name, colour];
				}),
			),
		);

		expect({ where, overlaps: await dialog.evaluate(overlappingBoxes) }).toEqual({ where, overlaps: [] });
		const addressBar = dialog.locator('.scalar-client .address-bar-bg-states').filter({ visible: true });
		const path = addressBar.getByText(op.path, { exact: true });
		expect({ where, path: await path.evaluate(sidewaysCut) }).toEqual({ where, path: { hiddenPx: 0, fits: true } });

		// The method badge: the hue of the reference's own GET badge, readable on the address bar.
		const method = addressBar.getByText('GET', { exact: true });
		await expect(method.evaluate((el) => getComputedStyle(el).color)).resolves.toBe(site['--sl-color-green-high']);
		expect((await method.evaluate(contrastOf)).text, where).toBeGreaterThanOrEqual(4.5);

		// Send, reached with Tab: Starlight's primary button colours, and a ring around it.
		await tabTo(page, send, 80);
		const colours = await send.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
		expect(colours).toEqual([site['--sl-color-text-accent'], site['--sl-color-black']]);
		const sendContrast = await send.evaluate(contrastOf);
		expect(sendContrast.text, where).toBeGreaterThanOrEqual(4.5);
		expect(sendContrast.outline, where).toBeGreaterThanOrEqual(3);
		await expect(send.evaluate((el) => parseFloat(getComputedStyle(el).outlineWidth))).resolves.toBeGreaterThanOrEqual(2);

		// Enter sends; the status and the body come into view, the "Sent" panel stays closed; a
		// second send lists the same response headers (Scalar's own panel once dropped them).
		const sendByKeyboard = async () => {
			const received = dialog.locator('[data-received]');
			await received.evaluate((pre) => {
				const next = new Promise<string>((resolve) =>
					new MutationObserver((_, observer) => {
						observer.disconnect();
						resolve(pre.textContent ?? '');
					}).observe(pre, { childList: true, characterData: true, subtree: true }),
				);
				Object.assign(window, { nextResponse: next });
			});
			await expect(send.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
			await page.keyboard.press('Enter');
			const text = await page.evaluate(() => (window as unknown as { nextResponse: Promise<string> }).nextResponse);
			const [head = '', body = ''] = text.split('\n\n');
			return { lines: head.split('\n'), body };
		};
		const first = await sendByKeyboard();
		expect(first.lines[0], where).toBe('HTTP 200');
		expect(first.body, where).toMatch(/^apiVersion: /m);
		await expect(dialog.locator('[data-status]').innerText()).resolves.toMatch(/^200\b/);
		const inView = await dialog
			.locator('.api-try__received')
			.evaluate((el) => [el.getBoundingClientRect().top, el.getBoundingClientRect().bottom, innerHeight]);
		expect({ where, inView: inView[0]! >= 0 && inView[0]! < inView[2]! - 40 && inView[1]! > 0 }).toEqual({ where, inView: true });
		await expect(dialog.locator('.api-try__sent').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
		const second = await sendByKeyboard();
		const names = (lines: string[]) => lines.slice(1).map((line) => line.slice(0, line.indexOf(':')));
		expect(names(second.lines)).toEqual(names(first.lines));
		expect(names(first.lines)).toContain('content-type');
		await context.close();
	}, 120_000);
}

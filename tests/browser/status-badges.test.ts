import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

/** Relative luminance (WCAG 2) of an `rgb(…)` colour. */
function luminance(color: readonly number[]): number {
	const [r = 0, g = 0, b = 0] = color.map((v) => {
		const c = v / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio (WCAG 2) of two opaque colours. */
function contrast(a: readonly number[], b: readonly number[]): number {
	const [high = 0, low = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high + 0.05) / (low + 0.05);
}

interface Measured {
	/** A tracker's status or a proposal's stage (the two registers may share colours for like meanings). */
	kind: string;
	text: string;
	font: string;
	/** The text colour and the colour behind it (the badge's own, or the first opaque one behind a transparent badge). */
	color: number[];
	background: number[];
	/** What makes the badge look the way it does: fill, border colour and text colour. */
	look: string;
}

/** The computed colours of every status badge in the page's main column. */
function measureBadges(page: Page): Promise<Measured[]> {
	return page.locator('main .sl-badge').evaluateAll((badges) => {
		const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
		const opaqueBehind = (element: Element | null): number[] => {
			for (let at = element; at; at = at.parentElement) {
				const fill = rgb(getComputedStyle(at).backgroundColor);
				if (fill.length === 3 || (fill[3] ?? 0) >= 1) return fill.slice(0, 3);
			}
			return rgb(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
		};
		return badges.map((badge) => {
			const style = getComputedStyle(badge);
			return {
				kind: badge.hasAttribute('data-stage') ? 'stage' : 'status',
				text: (badge.textContent ?? '').trim(),
				font: style.fontFamily,
				color: rgb(style.color).slice(0, 3),
				background: opaqueBehind(badge),
				look: `${style.backgroundColor} ${style.borderTopColor} ${style.color}`,
			};
		});
	});
}

describe.each(['/decisions/', '/decisions/process/', '/proposals/'])('status badges on %s', (path) => {
	test.each(['light', 'dark'])(
		'give each status its own look, in the text face, with text contrast of 4.5:1 or more in the %s theme',
		async (theme) => {
			const context = await browser().newContext({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
			const page = await context.newPage();
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(siteUrl(path));
			await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(theme);
			const badges = await measureBadges(page);
			const statuses = new Map(badges.map((badge) => [`${badge.kind} ${badge.text}`, badge]));
			expect(statuses.size).toBeGreaterThanOrEqual(4);
			for (const badge of statuses.values()) {
				const ratio = contrast(badge.color, badge.background);
				expect(ratio, `${badge.text}: rgb(${badge.color.join(',')}) on rgb(${badge.background.join(',')})`).toBeGreaterThanOrEqual(4.5);
				expect(badge.font, badge.text).not.toMatch(/mono/i);
			}
			// Two statuses (or two stages) never look alike; one status always looks the same.
			for (const kind of ['status', 'stage']) {
				const ofKind = [...statuses.values()].filter((badge) => badge.kind === kind);
				const looks = new Map(ofKind.map((badge) => [badge.look, badge.text]));
				expect(looks.size, JSON.stringify([...looks])).toBe(ofKind.length);
			}
			for (const badge of badges) expect(badge.look, badge.text).toBe(statuses.get(`${badge.kind} ${badge.text}`)?.look);
			await context.close();
		},
	);
});

/**
 * Measures what a reader sees of a part of the page, for browser tests: boxes that overlap, text
 * cut by a clipping box, colour contrast. Each function runs in the page (`locator.evaluate(fn)`),
 * so it refers to nothing outside its own body.
 */

/**
 * Pairs of visible text runs and controls inside `root` whose boxes intersect by more than 2 px
 * each way, as "first × second (w×h)". A box counts where it is drawn: clipped by scrolling
 * ancestors, and only if it is what the browser hits at its centre (not hidden under a layer).
 * Text inside a control does not count against that control.
 */
export function overlappingBoxes(root: Element): string[] {
	const shown = (element: Element, rect: DOMRect) => {
		const box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
		for (let a: Element | null = element; a && a !== document.documentElement; a = a.parentElement) {
			const style = getComputedStyle(a);
			if (style.visibility === 'hidden' || style.display === 'none' || style.opacity === '0') return undefined;
			const clip = a.getBoundingClientRect();
			if (style.overflowX !== 'visible') [box.left, box.right] = [Math.max(box.left, clip.left), Math.min(box.right, clip.right)];
			if (style.overflowY !== 'visible') [box.top, box.bottom] = [Math.max(box.top, clip.top), Math.min(box.bottom, clip.bottom)];
		}
		[box.left, box.top] = [Math.max(box.left, 0), Math.max(box.top, 0)];
		[box.right, box.bottom] = [Math.min(box.right, innerWidth), Math.min(box.bottom, innerHeight)];
		if (box.right - box.left <= 1 || box.bottom - box.top <= 1) return undefined;
		const hit = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
		const owner = element.closest('button, label, a, [role]') ?? element;
		return hit && (element.contains(hit) || hit.contains(element) || owner.contains(hit)) ? box : undefined;
	};
	const boxes: { element: Element; label: string; left: number; top: number; right: number; bottom: number }[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const element = node.parentElement;
		if (!element || !node.textContent?.trim() || element.closest('.sr-only, [hidden]')) continue;
		const range = document.createRange();
		range.selectNodeContents(node);
		for (const rect of range.getClientRects()) {
			const box = shown(element, rect);
			if (box) boxes.push({ element, label: node.textContent.trim().slice(0, 30), ...box });
		}
	}
	for (const control of root.querySelectorAll('input, select, textarea, button')) {
		const box = shown(control, control.getBoundingClientRect());
		const label = `<${control.localName}> ${(control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 20)}`;
		if (box) boxes.push({ element: control, label, ...box });
	}
	const found: string[] = [];
	for (const [i, a] of boxes.entries()) {
		for (const b of boxes.slice(i + 1)) {
			if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
			const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
			const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
			if (width > 2 && height > 2) found.push(`${a.label} × ${b.label} (${Math.round(width)}×${Math.round(height)})`);
		}
	}
	return found;
}

/**
 * How much of each line of `element`'s text an ancestor cuts off sideways (0 when all of it
 * shows), and whether every clipping ancestor's content fits it (scrollWidth ≤ clientWidth).
 */
export function sidewaysCut(element: Element): { hiddenPx: number; fits: boolean } {
	const range = document.createRange();
	range.selectNodeContents(element);
	let hiddenPx = 0;
	let fits = true;
	for (let a: Element | null = element; a && a !== document.documentElement; a = a.parentElement) {
		if (getComputedStyle(a).overflowX === 'visible') continue;
		if (a.scrollWidth > a.clientWidth + 1) fits = false;
		const clip = a.getBoundingClientRect();
		for (const line of range.getClientRects()) hiddenPx = Math.max(hiddenPx, clip.left - line.left, line.right - clip.right);
	}
	return { hiddenPx: Math.max(0, Math.round(hiddenPx)), fits };
}

/**
 * Contrast ratios (WCAG 2) of `element`: its text against the background it is drawn on (its own
 * and its ancestors' colours, composed), and its outline against the background around it.
 */
export function contrastOf(element: Element): { text: number; outline: number } {
	const rgba = (value: string): number[] => {
		const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(value);
		if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, Number(srgb[4] ?? 1)];
		const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
		return value.startsWith('rgba') || value.startsWith('rgb') ? [r, g, b, a] : [0, 0, 0, 0];
	};
	const over = (top: number[], below: number[]) =>
		top
			.slice(0, 3)
			.map((c, i) => c * top[3]! + below[i]! * (1 - top[3]!))
			.concat(1);
	const backdrop = (start: Element | null): number[] => {
		const layers: number[][] = [];
		for (let a = start; a; a = a.parentElement) {
			const colour = rgba(getComputedStyle(a).backgroundColor);
			if (colour[3]! > 0) layers.push(colour);
			if (colour[3] === 1) break;
		}
		return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
	};
	const luminance = (c: number[]) =>
		c
			.slice(0, 3)
			.map((v) => v / 255)
			.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
			.reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
	const ratio = (a: number[], b: number[]) => {
		const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
		return Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
	};
	const style = getComputedStyle(element);
	const ownBackdrop = backdrop(element);
	const text = ratio(over(rgba(style.color), ownBackdrop), ownBackdrop);
	const around = backdrop(element.parentElement);
	const outline = style.outlineStyle === 'none' ? 0 : ratio(over(rgba(style.outlineColor), around), around);
	return { text, outline };
}

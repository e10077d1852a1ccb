import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';

/** Space kept between a tooltip and the edge of the column or the screen, in CSS pixels. */
const PADDING = 8;
/** The widest a tooltip gets (26rem), when the column leaves room for it. */
const MAX_WIDTH = 416;

/**
 * Places a lexicon term's tooltip with Floating UI: below the term (the line of it under the
 * pointer, for a term broken across lines), flipped above it near the bottom of the screen, and
 * shifted to stay inside the content column, so it never runs off a phone's screen (widening the
 * page) or under the "On this page" column. Fixed positioning: a term broken across two lines is
 * no reliable box to position against.
 */
async function placeTooltip(term: HTMLElement, point?: { x: number; y: number }): Promise<void> {
	const link = term.querySelector('a');
	const tip = term.querySelector<HTMLElement>('.lexicon-tip');
	if (!link || !tip) return;
	const boundary = term.closest<HTMLElement>('.sl-markdown-content') ?? document.body;
	const width = Math.min(boundary.getBoundingClientRect().width, document.documentElement.clientWidth) - 2 * PADDING;
	tip.classList.add('is-placed');
	tip.style.maxWidth = `${Math.max(120, Math.min(MAX_WIDTH, width))}px`;
	const { x, y, placement } = await computePosition(link, tip, {
		strategy: 'fixed',
		placement: 'bottom-start',
		middleware: [inline(point), offset(4), flip({ boundary, padding: PADDING }), shift({ boundary, padding: PADDING })],
	});
	Object.assign(tip.style, { left: `${x}px`, top: `${y}px` });
	tip.dataset['placement'] = placement;
}

/**
 * Places each tooltip while it shows (on hover and on keyboard focus), following scrolling and resizing.
 * `showing` is a term already hovered or focused when this starts (the event that loaded this code).
 */
export function enhanceTooltips(
	root: Document = document,
	showing?: { term: HTMLElement; point?: { x: number; y: number } | undefined },
): void {
	const stops = new Map<HTMLElement, () => void>();
	const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.lexicon-term') : null);
	const show = (term: HTMLElement, point?: { x: number; y: number }) => {
		const link = term.querySelector('a');
		const tip = term.querySelector<HTMLElement>('.lexicon-tip');
		if (!link || !tip || stops.has(term)) return;
		const at = point ? { x: point.x, y: point.y } : undefined;
		stops.set(
			term,
			autoUpdate(link, tip, () => void placeTooltip(term, at)),
		);
	};
	const hide = (term: HTMLElement, next: EventTarget | null) => {
		if (next instanceof Node && term.contains(next)) return;
		stops.get(term)?.();
		stops.delete(term);
	};
	root.addEventListener('pointerover', (event) => {
		const term = termOf(event.target);
		if (term) show(term, { x: event.clientX, y: event.clientY });
	});
	root.addEventListener('pointerout', (event) => {
		const term = termOf(event.target);
		if (term && !term.matches(':focus-within')) hide(term, event.relatedTarget);
	});
	root.addEventListener('focusin', (event) => {
		const term = termOf(event.target);
		if (term) show(term);
	});
	root.addEventListener('focusout', (event) => {
		const term = termOf(event.target);
		if (term && !term.matches(':hover')) hide(term, event.relatedTarget);
	});
	if (showing && (showing.term.matches(':hover') || showing.term.matches(':focus-within'))) show(showing.term, showing.point);
}

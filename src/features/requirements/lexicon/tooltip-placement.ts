import { computePosition, flip, offset, shift } from '@floating-ui/dom';

/** Space kept between a tooltip and the edge of the column or the screen, in CSS pixels. */
const PADDING = 8;
/** The widest a tooltip gets (26rem), when the column leaves room for it. */
const MAX_WIDTH = 416;

/**
 * Places a lexicon term's tooltip with Floating UI: below the term, flipped above it near the
 * bottom of the screen, and shifted to stay inside the content column, so it never runs off a
 * phone's screen (widening the page) or under the "On this page" column, which sits above the
 * content's stacking context on wide screens.
 */
export async function placeTooltip(term: HTMLElement): Promise<void> {
	const link = term.querySelector('a');
	const tip = term.querySelector<HTMLElement>('.lexicon-tip');
	if (!link || !tip) return;
	const boundary = term.closest<HTMLElement>('.sl-markdown-content') ?? document.body;
	const column = boundary.getBoundingClientRect();
	const width = Math.min(column.width, document.documentElement.clientWidth) - 2 * PADDING;
	tip.classList.add('is-placed');
	tip.style.maxWidth = `${Math.max(120, Math.min(MAX_WIDTH, width))}px`;
	const { x, y, placement } = await computePosition(link, tip, {
		placement: 'bottom-start',
		middleware: [offset(4), flip({ boundary, padding: PADDING }), shift({ boundary, padding: PADDING })],
	});
	Object.assign(tip.style, { left: `${x}px`, top: `${y}px` });
	tip.dataset['placement'] = placement;
}

/** Places each tooltip as it is about to show: on hover and on keyboard focus. */
export function enhanceTooltips(root: Document = document): void {
	const show = (event: Event) => {
		const term = event.target instanceof Element ? event.target.closest<HTMLElement>('.lexicon-term') : null;
		if (term) void placeTooltip(term);
	};
	root.addEventListener('pointerover', show);
	root.addEventListener('focusin', show);
}

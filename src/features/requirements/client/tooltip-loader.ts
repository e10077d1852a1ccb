// Added to every page: loads the placement code (and Floating UI, ~18 KB) the first time a reader
// points at or focuses a lexicon term, so a page's first load carries none of it. Until it has
// loaded (a few milliseconds from the same host), the stylesheet shows the tooltip below its term.
const term = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.lexicon-term') : null);

if (document.querySelector('.lexicon-term')) {
	const first = (event: Event) => {
		const hovered = term(event.target);
		if (!hovered) return;
		document.removeEventListener('pointerover', first);
		document.removeEventListener('focusin', first);
		const point = event instanceof PointerEvent ? { x: event.clientX, y: event.clientY } : undefined;
		void import('./tooltip-placement.ts').then(({ enhanceTooltips }) => enhanceTooltips(document, { term: hovered, point }));
	};
	document.addEventListener('pointerover', first);
	document.addEventListener('focusin', first);
}

// Added to every page: loads the placement code (and Floating UI) only on pages with lexicon terms.
if (document.querySelector('.lexicon-term')) {
	void import('./tooltip-placement.ts').then(({ enhanceTooltips }) => enhanceTooltips());
}

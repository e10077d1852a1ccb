/**
 * The tabs of the reference's samples pane (`render/tabs-html.ts`): a click or the arrow keys pick
 * a tab. The request-sample language is one choice for the whole page, remembered across pages
 * and visits in localStorage, as readers expect from developer references.
 */
const STORAGE_KEY = 'margo:sample-language';

function select(tabs: HTMLElement, key: string, focus = false): boolean {
	const tab = tabs.querySelector<HTMLButtonElement>(`:scope > [role='tablist'] > [data-tab="${CSS.escape(key)}"]`);
	if (!tab) return false;
	for (const other of tabs.querySelectorAll<HTMLButtonElement>(":scope > [role='tablist'] > [role='tab']")) {
		const selected = other === tab;
		other.setAttribute('aria-selected', String(selected));
		other.tabIndex = selected ? 0 : -1;
	}
	for (const panel of tabs.querySelectorAll<HTMLElement>(":scope > [role='tabpanel']")) panel.hidden = panel.dataset['tab'] !== key;
	if (focus) tab.focus();
	return true;
}

function remembered(): string | undefined {
	try {
		return localStorage.getItem(STORAGE_KEY) ?? undefined;
	} catch {
		// Storage can be refused (private modes, blocked cookies): the choice then lasts for the page.
		return undefined;
	}
}

export function enhanceReferenceTabs(root: HTMLElement): void {
	const language = remembered();
	if (language) for (const tabs of root.querySelectorAll<HTMLElement>("[data-tabs='sample']")) select(tabs, language);

	root.addEventListener('click', (event) => {
		const tab = (event.target as Element).closest<HTMLButtonElement>("[role='tab'][data-tab]");
		const tabs = tab?.closest<HTMLElement>('[data-tabs]');
		if (!tab || !tabs) return;
		const key = tab.dataset['tab'] ?? '';
		if (tabs.dataset['tabs'] !== 'sample') return void select(tabs, key);
		// The operation read stays where it is while every other sample switches language.
		const top = tab.getBoundingClientRect().top;
		for (const other of root.querySelectorAll<HTMLElement>("[data-tabs='sample']")) select(other, key);
		window.scrollBy(0, tab.getBoundingClientRect().top - top);
		try {
			localStorage.setItem(STORAGE_KEY, key);
		} catch {
			// See remembered().
		}
	});

	root.addEventListener('keydown', (event) => {
		const tab = (event.target as Element).closest<HTMLButtonElement>("[role='tab']");
		const list = tab?.parentElement;
		if (!tab || !list || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
		const all = [...list.querySelectorAll<HTMLButtonElement>("[role='tab']")];
		const index = all.indexOf(tab);
		const next =
			event.key === 'Home'
				? 0
				: event.key === 'End'
					? all.length - 1
					: (index + (event.key === 'ArrowRight' ? 1 : all.length - 1)) % all.length;
		event.preventDefault();
		all[next]?.click();
		all[next]?.focus();
	});
}

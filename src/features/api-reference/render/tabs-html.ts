import { escapeHtml } from '#shared/html-text.ts';

/**
 * A set of tabs built at build time (`client/reference-tabs.ts` makes them work): the first panel
 * shows, the others are `hidden`. Tabs of the group `sample` follow the reader's language choice,
 * on every operation and across pages.
 */
export interface Tab {
	/** Unique within the set; for samples, the language id. */
	key: string;
	/** HTML of the tab's label. */
	label: string;
	/** HTML of its panel. */
	html: string;
}

export function tabsHtml(group: 'sample' | 'example', idPrefix: string, label: string, tabs: readonly Tab[]): string {
	if (!tabs.length) return '';
	const id = (tab: Tab) => escapeHtml(`${idPrefix}-${tab.key.replace(/[^A-Za-z0-9_-]+/g, '-')}`);
	const list = tabs
		.map(
			(tab, index) =>
				`<button type="button" role="tab" id="${id(tab)}-tab" aria-controls="${id(tab)}" aria-selected="${index === 0}" tabindex="${index === 0 ? 0 : -1}" data-tab="${escapeHtml(tab.key)}">${tab.label}</button>`,
		)
		.join('');
	const panels = tabs
		.map(
			(tab, index) =>
				`<div role="tabpanel" id="${id(tab)}" aria-labelledby="${id(tab)}-tab" data-tab="${escapeHtml(tab.key)}"${index === 0 ? '' : ' hidden'}>${tab.html}</div>`,
		)
		.join('');
	return `<div class="api-tabs" data-tabs="${group}"><div role="tablist" aria-label="${escapeHtml(label)}">${list}</div>${panels}</div>`;
}

import { filterControls, restoreFilters, wireFilterPanel } from '#shared/filter-panel.ts';

/**
 * The requirements index's filters, on the registers' one filter panel (`#shared/filter-panel.ts`):
 * text, key word, party bound and page narrow the statements (each row carries `data-keyword`,
 * `data-binds` and `data-page`), kept in the address (`?binds=orchestrator&q=etag`).
 */
export function wireStatementFilters(root: ParentNode): void {
	const panel = root.querySelector<HTMLElement>('[data-requirements-filters]');
	if (!panel) return;
	const controls = filterControls(panel);
	restoreFilters(controls, new URLSearchParams(location.search));
	const value = (name: string) => controls.find((c) => c.name === name)?.value.trim() ?? '';
	wireFilterPanel(panel, {
		rows: [...root.querySelectorAll<HTMLElement>('.requirements-table tbody tr')],
		matcher: () => {
			const [text, wantedKeyword, party, wantedPage] = [value('q').toLowerCase(), value('keyword'), value('binds'), value('page')];
			return (row) => {
				const { keyword = '', binds = '', page = '' } = row.dataset;
				return (
					(!text || (row.textContent ?? '').toLowerCase().includes(text)) &&
					(!wantedKeyword || keyword === wantedKeyword) &&
					(!party || binds.split(' ').includes(party)) &&
					(!wantedPage || page === wantedPage)
				);
			};
		},
		result: (shown, total) => `${shown} of ${total} statements`,
	});
}

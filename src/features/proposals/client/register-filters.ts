import { filterControls, restoreFilters, wireFilterPanel } from '#shared/filter-panel.ts';

/**
 * The register's filters, on the registers' one filter panel (`#shared/filter-panel.ts`): stage and
 * owner narrow the rows (each row carries `data-stage` and `data-owners`), kept in the address
 * (`?stage=P2&owner=kvarga-margo`) so a filtered register can be shared.
 */
export function wireRegisterFilters(root: ParentNode): void {
	const panel = root.querySelector<HTMLElement>('[data-sup-filters]');
	if (!panel) return;
	const controls = filterControls(panel);
	restoreFilters(controls, new URLSearchParams(location.search));
	const value = (name: string) => controls.find((c) => c.name === name)?.value ?? '';
	wireFilterPanel(panel, {
		rows: [...root.querySelectorAll<HTMLElement>('[data-sup-row]')],
		matcher: () => {
			const stage = value('stage');
			const owner = value('owner');
			return (row) => (!stage || row.dataset['stage'] === stage) && (!owner || (row.dataset['owners'] ?? '').split(' ').includes(owner));
		},
		result: (shown, total) => `Showing ${shown} of ${total} proposals.`,
	});
}

/** The copy button of the status table: copies the table's Markdown and says so. */
export function wireCopyButtons(root: ParentNode): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const source = document.getElementById(button.dataset['copyTarget'] ?? '');
			if (!source) return;
			await navigator.clipboard.writeText(source.textContent ?? '');
			button.textContent = 'Copied';
		});
	}
}

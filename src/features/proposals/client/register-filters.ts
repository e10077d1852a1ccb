/**
 * The register's filters, on the site's one filter panel (`#shared/filter-panel.css`, as the
 * decision and requirement registers): stage and owner narrow the rows (each row carries
 * `data-stage` and `data-owners`), the choice is kept in the address (`?stage=P2&owner=kvarga-margo`)
 * so a filtered register can be shared, the status line says how many rows show, and a "nothing
 * matches" line offers to clear the filters. The panel stays hidden without JavaScript.
 */
export function wireRegisterFilters(root: ParentNode): void {
	const panel = root.querySelector<HTMLElement>('[data-sup-filters]');
	const rows = [...root.querySelectorAll<HTMLElement>('[data-sup-row]')];
	if (!panel) return;
	const selects = [...panel.querySelectorAll<HTMLSelectElement>('select')];
	const count = panel.querySelector<HTMLElement>('[data-sup-count]');
	const empty = panel.querySelector<HTMLElement>('[data-sup-empty]');
	const query = new URLSearchParams(location.search);
	// A value no option has (an old or mistyped address) leaves that filter off.
	for (const select of selects) {
		const wanted = query.get(select.name) ?? '';
		select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
	}
	const value = (name: string) => selects.find((s) => s.name === name)?.value ?? '';
	const apply = (updateAddress: boolean) => {
		const stage = value('stage');
		const owner = value('owner');
		let shown = 0;
		for (const row of rows) {
			const visible = (!stage || row.dataset['stage'] === stage) && (!owner || (row.dataset['owners'] ?? '').split(' ').includes(owner));
			row.hidden = !visible;
			if (visible) shown += 1;
		}
		if (count) count.textContent = `Showing ${shown} of ${rows.length} proposals.`;
		if (empty) empty.hidden = shown > 0;
		if (!updateAddress) return;
		const next = new URLSearchParams();
		for (const select of selects) if (select.value) next.set(select.name, select.value);
		history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}${location.hash}`);
	};
	panel.addEventListener('change', () => apply(true));
	panel.querySelector('[data-sup-clear]')?.addEventListener('click', () => {
		for (const select of selects) select.value = '';
		apply(true);
		selects[0]?.focus();
	});
	panel.hidden = false;
	apply(false);
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

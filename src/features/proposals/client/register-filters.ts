/**
 * The register's filters: stage and owner narrow the rows (each row carries `data-stage` and
 * `data-owners`), the choice is kept in the address (`?stage=P2&owner=kvarga-margo`) so a
 * filtered register can be shared, and the count says how many rows show.
 */
export function wireRegisterFilters(root: ParentNode): void {
	const form = root.querySelector<HTMLElement>('[data-sup-filters]');
	const rows = [...root.querySelectorAll<HTMLElement>('[data-sup-row]')];
	const count = root.querySelector<HTMLElement>('[data-sup-count]');
	if (!form) return;
	const stage = form.querySelector<HTMLSelectElement>('select[name="stage"]');
	const owner = form.querySelector<HTMLSelectElement>('select[name="owner"]');
	if (!stage || !owner) return;
	const query = new URLSearchParams(location.search);
	stage.value = query.get('stage') ?? '';
	owner.value = query.get('owner') ?? '';
	const apply = () => {
		let shown = 0;
		for (const row of rows) {
			const visible =
				(!stage.value || row.dataset['stage'] === stage.value) &&
				(!owner.value || (row.dataset['owners'] ?? '').split(' ').includes(owner.value));
			row.hidden = !visible;
			if (visible) shown += 1;
		}
		if (count) count.textContent = `${shown} of ${rows.length}`;
		const next = new URLSearchParams();
		if (stage.value) next.set('stage', stage.value);
		if (owner.value) next.set('owner', owner.value);
		history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
	};
	form.addEventListener('change', apply);
	apply();
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

/**
 * The registers' one filter panel in the browser (/decisions/, /requirements/, /proposals/; its
 * look is `filter-panel.css`, its result and "nothing matches" lines `FilterOutcome.astro`). Each
 * register says which rows show and what its result line reads; the panel does the rest the same
 * way everywhere: it hides the rows left out, keeps the choices in the address so a filtered view
 * can be shared, offers to clear the filters when nothing matches, and shows itself only once this
 * code runs, so a reader without JavaScript sees the whole table and no controls that do nothing.
 */
type FilterControl = HTMLSelectElement | HTMLInputElement;

interface FilterPanelSetup {
	/** The rows the panel filters. */
	rows: readonly HTMLElement[];
	/** The test of a row under the panel's current choices, asked for once each time they change. */
	matcher: () => (row: HTMLElement) => boolean;
	/** The result line for `shown` rows of `total`. */
	result: (shown: number, total: number) => string;
	/** The address's query for the current choices; by default {@link filterQuery}. */
	query?: () => URLSearchParams;
	/** Runs once the rows are shown or hidden (the decision register reorders them here). */
	arrange?: () => void;
	/** Runs before a reader's change is applied, with the control changed, or `null` when the filters are cleared. */
	changed?: (control: EventTarget | null) => void;
}

/** The panel's controls, in page order. */
export function filterControls(panel: HTMLElement): FilterControl[] {
	return [...panel.querySelectorAll<FilterControl>('select, input')];
}

/** A select's "any …" value: its first option's. */
const firstValue = (select: HTMLSelectElement) => select.options[0]?.value ?? '';

/** Each control that is on, by name: a checkbox checked, any other control with a value. */
export function filterQuery(controls: readonly FilterControl[]): URLSearchParams {
	const query = new URLSearchParams();
	for (const control of controls) {
		const on = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value !== '';
		if (on) query.set(control.name, control.value);
	}
	return query;
}

/**
 * Sets the controls from the address. A value no option of a select has (an old or mistyped
 * address) leaves that select at its first option, "any …", so that filter is off.
 */
export function restoreFilters(controls: readonly FilterControl[], query: URLSearchParams): void {
	for (const control of controls) {
		const wanted = query.get(control.name);
		if (control instanceof HTMLSelectElement)
			control.value = [...control.options].some((o) => o.value === wanted) ? (wanted ?? '') : firstValue(control);
		else if (control.type === 'checkbox') control.checked = wanted === control.value;
		else control.value = wanted ?? '';
	}
}

/** Wires a panel to its rows and shows it; the controls are already set (see {@link restoreFilters}). */
export function wireFilterPanel(panel: HTMLElement, setup: FilterPanelSetup): void {
	const controls = filterControls(panel);
	const resultLine = panel.querySelector<HTMLElement>('[data-filter-result]');
	const nothing = panel.querySelector<HTMLElement>('[data-filter-empty]');
	const apply = (updateAddress: boolean) => {
		const shows = setup.matcher();
		let shown = 0;
		for (const row of setup.rows) {
			const visible = shows(row);
			row.hidden = !visible;
			if (visible) shown += 1;
		}
		setup.arrange?.();
		if (resultLine) resultLine.textContent = setup.result(shown, setup.rows.length);
		if (nothing) nothing.hidden = shown > 0;
		if (!updateAddress) return;
		const query = (setup.query?.() ?? filterQuery(controls)).toString();
		history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
	};
	// `input` rather than `change`: the text search follows each key, selects and checkboxes each choice.
	panel.addEventListener('input', (event) => {
		setup.changed?.(event.target);
		apply(true);
	});
	panel.querySelector('[data-filter-clear]')?.addEventListener('click', () => {
		for (const control of controls) {
			if (control instanceof HTMLSelectElement) control.value = firstValue(control);
			else if (control.type === 'checkbox') control.checked = false;
			else control.value = '';
		}
		setup.changed?.(null);
		apply(true);
		controls[0]?.focus();
	});
	panel.hidden = false;
	apply(false);
}

import { compareRows, filtersFromQuery, filtersToQuery, matches, type Filters, type RowFacts } from '../tracker-filters.ts';

const words = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);

function factsOf(row: HTMLTableRowElement, position: number): RowFacts & { position: number; row: HTMLTableRowElement } {
	const data = row.dataset;
	const countdown = row.querySelector<HTMLElement>('[data-countdown]');
	return {
		row,
		position,
		id: data['id'] ?? '',
		status: data['status'] ?? '',
		deadline: data['deadline'],
		daysLeft: countdown?.dataset['daysLeft'] === undefined ? undefined : Number(countdown.dataset['daysLeft']),
		awaitingResponses: data['awaitingResponses'] === 'true',
		awaiting: words(data['awaiting']),
		approvers: words(data['approvers']),
		areas: words(data['areas']),
	};
}

/**
 * Shows filter controls and applies them to their table: reads the initial filters from the address,
 * hides the rows that do not match, reorders them, and writes each change back to the address.
 * Run it after the countdown script has recounted the days (on `DOMContentLoaded`).
 */
export function enhanceFilters(controls: HTMLElement): void {
	const table = document.getElementById(controls.dataset['filtersFor'] ?? '');
	const body = table?.querySelector('tbody');
	if (!body) return;
	const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')].map(factsOf);
	const result = controls.querySelector<HTMLElement>('[data-result]');
	const empty = controls.querySelector<HTMLElement>('[data-empty]');
	const field = (name: string) => controls.querySelector<HTMLSelectElement | HTMLInputElement>(`[name="${name}"]`);
	const approverSelect = field('approver') as HTMLSelectElement | null;

	const initial = filtersFromQuery(new URLSearchParams(location.search));
	// `?approver=` may give a GitHub ID or an approver id; the select lists one value per person.
	const option = [...(approverSelect?.options ?? [])].find((o) => words(o.dataset['aliases']).includes(initial.approver));
	let unknownApprover = initial.approver && !option ? initial.approver : '';
	// A value no option has (an old or mistyped address) would leave a select blank: keep its first
	// option ("any …") and say which value was dropped.
	let dropped: string[] = [];
	for (const name of ['status', 'vendor', 'area', 'sort'] as const) {
		const element = field(name);
		if (!element) continue;
		const known = !(element instanceof HTMLSelectElement) || [...element.options].some((o) => o.value === initial[name]);
		if (known) element.value = initial[name];
		else dropped.push(`${name} “${initial[name]}”`);
	}
	if (approverSelect) approverSelect.value = option?.value ?? '';
	const overdue = field('overdue');
	if (overdue instanceof HTMLInputElement) overdue.checked = initial.overdue;

	const read = (): Filters => {
		const query = new URLSearchParams();
		for (const element of controls.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input')) {
			const on = element instanceof HTMLInputElement && element.type === 'checkbox' ? element.checked : element.value !== '';
			if (on) query.set(element.name, element.value);
		}
		// An unknown `?approver=` keeps filtering (to nothing) until the reader picks someone.
		return { ...filtersFromQuery(query), approver: approverSelect?.value || unknownApprover };
	};

	const apply = (updateAddress: boolean) => {
		const filters = read();
		const shown = rows.filter((r) => matches(r, filters));
		for (const r of rows) r.row.hidden = !shown.includes(r);
		body.append(...[...rows].sort(compareRows(filters.sort)).map((r) => r.row));
		if (result) {
			const ignored =
				dropped.length > 0 ? ` The address asked for ${dropped.join(' and ')}, which no tracker has; that filter is off.` : '';
			result.textContent =
				unknownApprover && !approverSelect?.value
					? `No approver has the id or GitHub ID “${unknownApprover}”.`
					: `Showing ${shown.length} of ${rows.length} trackers.${ignored}`;
		}
		if (empty) empty.hidden = shown.length > 0;
		if (updateAddress) {
			const query = filtersToQuery(filters).toString();
			history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
		}
	};
	controls.addEventListener('change', (event) => {
		if (event.target === approverSelect) unknownApprover = '';
		dropped = [];
		apply(true);
	});
	controls.querySelector('[data-clear]')?.addEventListener('click', () => {
		for (const element of controls.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input')) {
			if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = false;
			else element.value = element instanceof HTMLSelectElement ? (element.options[0]?.value ?? '') : '';
		}
		unknownApprover = '';
		dropped = [];
		apply(true);
		controls.querySelector<HTMLElement>('select, input')?.focus();
	});
	controls.hidden = false;
	apply(false);
}

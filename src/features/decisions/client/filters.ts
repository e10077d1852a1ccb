import { filterControls, filterQuery, wireFilterPanel } from '#shared/filter-panel.ts';
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
 * The decision register's filters and sort order, on the registers' one filter panel
 * (`#shared/filter-panel.ts`): reads the initial filters from the address, hides the rows that do
 * not match, reorders them, and writes each change back to the address.
 * Run it after the countdown script has recounted the days (on `DOMContentLoaded`).
 */
export function enhanceFilters(controls: HTMLElement): void {
	const table = document.getElementById(controls.dataset['filtersFor'] ?? '');
	const body = table?.querySelector('tbody');
	if (!body) return;
	const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')].map(factsOf);
	const factsByRow = new Map<HTMLElement, RowFacts>(rows.map((r) => [r.row, r]));
	const fields = filterControls(controls);
	const field = (name: string) => fields.find((f) => f.name === name);
	const approverSelect = field('approver') as HTMLSelectElement | undefined;

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

	// An unknown `?approver=` keeps filtering (to nothing) until the reader picks someone.
	const read = (): Filters => ({ ...filtersFromQuery(filterQuery(fields)), approver: approverSelect?.value || unknownApprover });
	let filters = read();
	wireFilterPanel(controls, {
		rows: rows.map((r) => r.row),
		matcher: () => {
			filters = read();
			return (row) => {
				const facts = factsByRow.get(row);
				return facts !== undefined && matches(facts, filters);
			};
		},
		arrange: () => body.append(...[...rows].sort(compareRows(filters.sort)).map((r) => r.row)),
		result: (shown, total) => {
			const ignored =
				dropped.length > 0 ? ` The address asked for ${dropped.join(' and ')}, which no tracker has; that filter is off.` : '';
			return unknownApprover && !approverSelect?.value
				? `No approver has the id or GitHub ID “${unknownApprover}”.`
				: `Showing ${shown} of ${total} trackers.${ignored}`;
		},
		query: () => filtersToQuery(filters),
		changed: (control) => {
			if (control === approverSelect || control === null) unknownApprover = '';
			dropped = [];
		},
	});
}

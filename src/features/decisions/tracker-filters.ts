/**
 * The filters of the decision index, as pure functions over the facts each table row carries,
 * so the browser script only reads the DOM and these rules can be tested without one.
 *
 * Days left come from the page's countdowns (already recounted for the reader's date), so this
 * module needs no date logic and the countdown script stays the page's only copy of it.
 */
export interface RowFacts {
	id: string;
	status: string;
	deadline: string | undefined;
	/** Days left to the deadline on the reader's date, while responses are awaited. */
	daysLeft: number | undefined;
	awaitingResponses: boolean;
	/** Organization ids still to respond. */
	awaiting: string[];
	/** Ids and lower-case GitHub IDs of the approvers who still have to act. */
	approvers: string[];
	/** Slugs of the affected pages. */
	areas: string[];
}

export interface Filters {
	/** A status, `awaiting` (open or final review), or empty for any. */
	status: string;
	vendor: string;
	approver: string;
	area: string;
	overdue: boolean;
	sort: 'deadline' | '-deadline' | 'id';
}

export const NO_FILTERS: Filters = { status: '', vendor: '', approver: '', area: '', overdue: false, sort: 'deadline' };

/** Reads filters from a query string, as written by {@link filtersToQuery}. */
export function filtersFromQuery(query: URLSearchParams): Filters {
	const sort = query.get('sort');
	return {
		status: query.get('status') ?? '',
		vendor: query.get('vendor') ?? '',
		approver: (query.get('approver') ?? '').toLowerCase(),
		area: query.get('area') ?? '',
		overdue: query.get('overdue') === '1',
		sort: sort === '-deadline' || sort === 'id' ? sort : 'deadline',
	};
}

/** The query string for a set of filters; defaults are left out so plain links stay plain. */
export function filtersToQuery(filters: Filters): URLSearchParams {
	const query = new URLSearchParams();
	for (const key of ['status', 'vendor', 'approver', 'area'] as const) if (filters[key]) query.set(key, filters[key]);
	if (filters.overdue) query.set('overdue', '1');
	if (filters.sort !== 'deadline') query.set('sort', filters.sort);
	return query;
}

/** Whether a row is past its deadline while responses are still awaited. */
function isOverdue(row: RowFacts): boolean {
	return row.awaitingResponses && row.daysLeft !== undefined && row.daysLeft < 0;
}

export function matches(row: RowFacts, filters: Filters): boolean {
	if (filters.status === 'awaiting' ? !row.awaitingResponses : filters.status && row.status !== filters.status) return false;
	if (filters.vendor && !row.awaiting.includes(filters.vendor)) return false;
	if (filters.approver && !row.approvers.includes(filters.approver)) return false;
	if (filters.area && !row.areas.includes(filters.area)) return false;
	return !filters.overdue || isOverdue(row);
}

/**
 * Orders rows. `deadline` keeps the build's order (awaited trackers by deadline, then the
 * rest); `position` is each row's index in that order.
 */
export function compareRows(sort: Filters['sort']) {
	const number = (id: string) => Number(id.replace(/\D/g, ''));
	return (a: RowFacts & { position: number }, b: RowFacts & { position: number }): number => {
		if (sort === 'id') return number(a.id) - number(b.id);
		if (sort === '-deadline') return (b.deadline ?? '').localeCompare(a.deadline ?? '') || a.position - b.position;
		return a.position - b.position;
	};
}

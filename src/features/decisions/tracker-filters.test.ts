import { expect, test } from 'vitest';
import { NO_FILTERS, compareRows, filtersFromQuery, filtersToQuery, matches, type RowFacts } from './tracker-filters.ts';

const row = (overrides: Partial<RowFacts>): RowFacts => ({
	id: 'DT-001',
	status: 'open',
	deadline: '2024-09-10',
	daysLeft: 3,
	awaitingResponses: true,
	awaiting: ['abb', 'atym'],
	approvers: ['sofia-lindqvist', 'slindqvist-margo', 'daniel-okafor'],
	areas: ['specification/onboarding'],
	...overrides,
});

test('matches everything without filters', () => {
	expect(matches(row({}), NO_FILTERS)).toBe(true);
});

test('filters by status, with "awaiting" meaning open or in final review', () => {
	expect(matches(row({ status: 'final-review' }), { ...NO_FILTERS, status: 'awaiting' })).toBe(true);
	expect(matches(row({ status: 'approved', awaitingResponses: false }), { ...NO_FILTERS, status: 'awaiting' })).toBe(false);
	expect(matches(row({ status: 'approved' }), { ...NO_FILTERS, status: 'open' })).toBe(false);
});

test('filters by vendor still to respond, approver by id or GitHub ID, and affected page', () => {
	expect(matches(row({}), { ...NO_FILTERS, vendor: 'abb' })).toBe(true);
	expect(matches(row({}), { ...NO_FILTERS, vendor: 'siemens' })).toBe(false);
	expect(matches(row({}), { ...NO_FILTERS, approver: 'slindqvist-margo' })).toBe(true);
	expect(matches(row({}), { ...NO_FILTERS, approver: 'daniel-okafor' })).toBe(true);
	expect(matches(row({}), { ...NO_FILTERS, approver: 'lhartwig-margo' })).toBe(false);
	expect(matches(row({}), { ...NO_FILTERS, area: 'specification/desired-state' })).toBe(false);
});

test('treats only awaited trackers past their deadline as overdue', () => {
	const overdue = { ...NO_FILTERS, overdue: true };
	expect(matches(row({ daysLeft: -1 }), overdue)).toBe(true);
	expect(matches(row({ daysLeft: 0 }), overdue)).toBe(false);
	expect(matches(row({ daysLeft: undefined, awaitingResponses: false }), overdue)).toBe(false);
});

test('round-trips filters through the query string, leaving defaults out', () => {
	const filters = { ...NO_FILTERS, status: 'open', approver: 'slindqvist-margo', overdue: true, sort: 'id' as const };
	expect(filtersToQuery(filters).toString()).toBe('status=open&approver=slindqvist-margo&overdue=1&sort=id');
	expect(filtersFromQuery(filtersToQuery(filters))).toEqual(filters);
	expect(filtersToQuery(NO_FILTERS).toString()).toBe('');
	expect(filtersFromQuery(new URLSearchParams('approver=SLindqvist-Margo&sort=bogus'))).toMatchObject({
		approver: 'slindqvist-margo',
		sort: 'deadline',
	});
});

test('sorts by build order, by latest deadline or by id', () => {
	const rows = [
		{ ...row({ id: 'DT-010', deadline: '2024-09-01' }), position: 0 },
		{ ...row({ id: 'DT-002', deadline: '2024-10-01' }), position: 1 },
		{ ...row({ id: 'DT-003', deadline: undefined }), position: 2 },
	];
	const ids = (sort: 'deadline' | '-deadline' | 'id') => [...rows].sort(compareRows(sort)).map((r) => r.id);
	expect(ids('deadline')).toEqual(['DT-010', 'DT-002', 'DT-003']);
	expect(ids('-deadline')).toEqual(['DT-002', 'DT-010', 'DT-003']);
	expect(ids('id')).toEqual(['DT-002', 'DT-003', 'DT-010']);
});

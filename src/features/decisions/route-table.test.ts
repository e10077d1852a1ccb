import { expect, test } from 'vitest';
import { decisionLinkChecker, decisionRoutes } from './route-table.ts';

test('lists the generated pages and exports of the register', () => {
	expect(decisionRoutes(['DT-001'], ['ada'])).toEqual([
		'/decisions/',
		'/decisions/process/',
		'/decisions/approvers/',
		'/decisions.json',
		'/decisions/feed.xml',
		'/decisions/deadlines.ics',
		'/decisions/dt-001/',
		'/decisions/approvers/ada/',
	]);
});

test('matches links to existing trackers, with fragments, and nothing else', () => {
	const isExcluded = decisionLinkChecker(decisionRoutes(['DT-001'], []));
	expect(isExcluded('/decisions/dt-001/')).toBe(true);
	expect(isExcluded('/decisions/dt-001/#resolution')).toBe(true);
	expect(isExcluded('/decisions/dt-002/')).toBe(false);
	expect(isExcluded('/decisions/dt-001')).toBe(true);
	expect(isExcluded('/decisions/dt-0011')).toBe(false);
	expect(isExcluded('/specification/onboarding/')).toBe(false);
});

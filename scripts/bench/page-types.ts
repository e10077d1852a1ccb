/**
 * One page of each type the site has: measured by the weight benchmark and visited by the
 * quality gates (`tests/browser/page-types.test.ts`). Add a row when a new kind of page lands.
 */
export const PAGE_TYPES: readonly { label: string; path: string; status?: number }[] = [
	{ label: 'home', path: '/' },
	{ label: 'spec page', path: '/specification/onboarding/' },
	{ label: 'group index', path: '/specification/' },
	{ label: 'lexicon', path: '/concepts/lexicon/' },
	{ label: 'reference index', path: '/reference/' },
	{ label: 'API reference', path: '/reference/margo-management-api/' },
	{ label: 'playground', path: '/playground/' },
	{ label: 'requirements index', path: '/requirements/' },
	{ label: 'decision index', path: '/decisions/' },
	{ label: 'decision tracker', path: '/decisions/dt-004/' },
	{ label: 'approvers', path: '/decisions/approvers/' },
	{ label: 'approver page', path: '/decisions/approvers/lena-hartwig/' },
	{ label: 'proposals register', path: '/proposals/' },
	{ label: 'proposal page', path: '/proposals/problem-details/' },
	{ label: 'conformance', path: '/conformance/' },
	{ label: '404', path: '/no-such-page/', status: 404 },
];

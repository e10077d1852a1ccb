import { XMLParser } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { register, tracker } from '../../../../tests/support/decision-data.ts';
import { proposalItem } from '../../../../tests/support/proposal-items.ts';
import { atomFeed, statusChanges } from './feed.ts';

const trackers = register([
	tracker({
		id: 'DT-001',
		title: 'Deliver <desired> state & more',
		status: 'approved',
		resolution: 'REST.',
		timeline: [
			{ date: '2024-08-20', status: 'open', note: 'Opened.' },
			{ date: '2024-09-10', note: 'Deadline reached.' },
			{ date: '2025-02-12', status: 'approved', note: 'Approved by the working group.' },
		],
	}),
	tracker({ id: 'DT-002', timeline: [{ date: '2024-08-21', status: 'open', note: 'Opened.' }] }),
]);
const options = { siteBase: 'https://margo.example.org/docs/', now: new Date('2026-11-26T00:00:00Z') };

test('lists only status changes, newest first', () => {
	expect(statusChanges(trackers).map((c) => `${c.tracker.id} ${c.entry.date} ${c.entry.status}`)).toEqual([
		'DT-001 2025-02-12 approved',
		'DT-002 2024-08-21 open',
		'DT-001 2024-08-20 open',
	]);
});

// Well-formedness is checked by Chromium's strict XML parser on the built feed (tests/browser/decisions.test.ts).
test('writes an Atom feed that a parser reads back', () => {
	const xml = atomFeed(trackers, options);
	const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
	expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
	expect(feed.id).toBe('https://margo.example.org/docs/decisions/');
	expect(feed.updated).toBe('2025-02-12T00:00:00Z');
	expect(feed.author.name).toBe('Margo working group');
	expect(feed.link).toContainEqual({
		rel: 'self',
		type: 'application/atom+xml',
		href: 'https://margo.example.org/docs/decisions/feed.xml',
	});
	expect(feed.entry).toHaveLength(3);
	expect(feed.entry[0]).toMatchObject({
		id: 'https://margo.example.org/docs/decisions/dt-001/#change-2025-02-12-approved',
		title: 'DT-001 approved: Deliver <desired> state & more',
		updated: '2025-02-12T00:00:00Z',
		link: { rel: 'alternate', type: 'text/html', href: 'https://margo.example.org/docs/decisions/dt-001/' },
		category: { term: 'approved', label: 'Approved' },
	});
	expect(feed.entry[0].summary).toMatch(/^Approved by the working group\. \(The approval rule is met/);
});

test('lists no draft, as its subtitle promises only reviews and decisions', () => {
	const withDraft = register([
		tracker({
			id: 'DT-003',
			status: 'open',
			timeline: [
				{ date: '2024-08-01', status: 'draft', note: 'Written.' },
				{ date: '2024-08-22', status: 'open', note: 'Opened.' },
			],
		}),
	]);
	const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(atomFeed(withDraft, options));
	expect(feed.subtitle).toMatch(/opens for review, enters final review, is approved or rejected, or is withdrawn or superseded/);
	expect(feed.entry.category).toEqual({ term: 'open', label: 'Open for review' });
});

test('gives the same entry ids on every build', () => {
	const later = atomFeed(trackers, { ...options, now: new Date('2030-01-01T00:00:00Z') });
	expect(later).toBe(atomFeed(trackers, options));
});

test('writes a valid empty feed when no tracker exists', () => {
	const xml = atomFeed([], options);
	expect(new XMLParser().parse(xml).feed.entry).toBeUndefined();
	expect(new XMLParser().parse(xml).feed.updated).toBe('2026-11-26T00:00:00.000Z');
});

test('adds a SUP entering final review as an entry dated the day its pull request left draft, among the trackers’ changes', () => {
	const proposals = [
		proposalItem({ finalReviewFrom: '2024-08-21' }),
		proposalItem({ slug: 'draft', stage: 'P1', finalReviewFrom: null, reviewWindowEnds: null }),
	];
	const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(atomFeed(trackers, { ...options, proposals }));
	expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
		'https://margo.example.org/docs/decisions/dt-001/#change-2025-02-12-approved',
		'https://margo.example.org/docs/decisions/dt-002/#change-2024-08-21-open',
		'https://margo.example.org/docs/proposals/gateway/#final-review-2024-08-21',
		'https://margo.example.org/docs/decisions/dt-001/#change-2024-08-20-open',
	]);
	expect(feed.entry[2]).toMatchObject({
		title: 'SUP in final review (P2): Gateways, relays; and proxies',
		category: { term: 'sup-P2', label: 'SUP P2 final review' },
		summary: 'Its pull request left draft. Members comment until 2024-09-15, then the technical leads vote.',
	});
});

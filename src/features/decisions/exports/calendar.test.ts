import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { register, tracker } from '../../../../tests/support/decision-data.ts';
import { proposalItem } from '../../../../tests/support/proposal-items.ts';
import { deadlineCalendar, escapeText, foldLine } from './calendar.ts';

const trackers = register([
	tracker({ id: 'DT-001', title: 'Transport; signed, and sealed', deadline: '2024-09-10' }),
	tracker({
		id: 'DT-002',
		status: 'withdrawn',
		timeline: [
			{ date: '2024-08-20', status: 'open', note: 'Opened.' },
			{ date: '2024-08-30', status: 'withdrawn', note: 'Withdrawn.' },
		],
	}),
	tracker({ id: 'DT-003', status: 'draft', deadline: undefined, timeline: [{ date: '2024-08-20', status: 'draft', note: 'Drafted.' }] }),
]);
const text = deadlineCalendar(trackers, { siteBase: 'https://margo.example.org/', now: new Date('2024-09-01T12:00:00Z') });

test('writes an iCalendar file that ical.js parses, one all-day event per deadline', () => {
	const calendar = new ICAL.Component(ICAL.parse(text));
	expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
	expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Margo//Decision trackers//EN');
	const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
	expect(events.map((e) => e.uid)).toEqual(['dt-001-deadline@margo.example.org', 'dt-002-deadline@margo.example.org']);
	const [first] = events;
	expect(first?.summary).toBe('Review deadline: DT-001 Transport; signed, and sealed');
	expect(first?.startDate.isDate).toBe(true);
	expect(first?.startDate.toString()).toBe('2024-09-10');
	expect(first?.endDate.toString()).toBe('2024-09-11');
	expect(first?.description).toContain('Still to respond: Acme, Globex, Initech.');
	expect(first?.component.getFirstPropertyValue('url')).toBe('https://margo.example.org/decisions/dt-001/');
});

test('reminds three days ahead only while responses are awaited, and cancels withdrawn trackers', () => {
	const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
	expect(events[0]?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-P3D');
	expect(events[1]?.getFirstSubcomponent('valarm')).toBeNull();
	expect(events[1]?.getFirstPropertyValue('status')).toBe('CANCELLED');
});

test('ends every line with CRLF and keeps lines within 75 octets', () => {
	expect(text.endsWith('\r\n')).toBe(true);
	expect(text.replace(/\r\n/g, '')).not.toContain('\n');
	for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
});

test('folds long lines without splitting a multi-byte character', () => {
	const line = `SUMMARY:${'ü'.repeat(60)}`;
	const folded = foldLine(line);
	expect(folded.split('\r\n ').join('')).toBe(line);
	for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
});

test('escapes text values', () => {
	expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
});

test('adds the end of a SUP’s P2 feedback window as a deadline with a reminder, and no event for other stages', () => {
	const proposals = [proposalItem(), proposalItem({ slug: 'draft', stage: 'P1', finalReviewFrom: null, reviewWindowEnds: null })];
	const calendar = deadlineCalendar(trackers, { siteBase: 'https://margo.example.org/', now: new Date('2024-09-01T12:00:00Z'), proposals });
	const events = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents('vevent');
	const sup = events.map((v) => new ICAL.Event(v)).filter((e) => e.uid.startsWith('sup-'));
	expect(sup.map((e) => `${e.uid} ${e.startDate.toString()} ${e.summary}`)).toEqual([
		'sup-gateway-review@margo.example.org 2024-09-15 Final review ends: SUP Gateways, relays; and proxies',
	]);
	expect(sup[0]?.component.getFirstPropertyValue('url')).toBe('https://margo.example.org/proposals/gateway/');
	expect(sup[0]?.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-P3D');
});

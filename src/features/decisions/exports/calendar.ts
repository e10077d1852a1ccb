import type { TrackerView } from '../register.ts';
import { proposalUrl, type ProposalItem } from './proposal-items.ts';

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
	return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 §3.1), never inside a UTF-8
 * sequence: continuation lines start with one space.
 */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// The first line holds 75 octets; continuations 74 after their leading space.
		if (octets + size > (parts.length ? 74 : 75)) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replaceAll('-', '');
const compactStamp = (moment: Date) => `${moment.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

function nextDay(date: string): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export interface CalendarOptions {
	/** Absolute URL of the site's base, ending with `/`. */
	siteBase: string;
	/** When the calendar was generated (DTSTAMP). */
	now: Date;
	/** The SUPs, from the proposals feature: those in P2 add the end of their feedback window. */
	proposals?: readonly ProposalItem[];
}

/** Three days' notice before a window closes that still waits for someone. */
const REMINDER = ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-P3D'];

/** The end of a SUP's P2 feedback window, an all-day event like a tracker's review deadline. */
function proposalEvent(item: ProposalItem, siteBase: string, host: string, now: Date): string[] {
	if (!item.reviewWindowEnds) return [];
	const url = proposalUrl(item, siteBase);
	const description = [
		`Specification Update Proposal in ${item.stageLabel}: ${item.stageMeaning}.`,
		item.finalReviewFrom ? `The pull request left draft on ${item.finalReviewFrom}; members have two weeks to comment.` : '',
		item.owners.length ? `Owners: ${item.owners.join(', ')}.` : '',
		item.pullRequestUrl ?? '',
		url,
	].filter(Boolean);
	return [
		'BEGIN:VEVENT',
		// The slug alone: a window that moves updates the subscribed event instead of adding one.
		`UID:sup-${item.slug}-review@${host}`,
		`DTSTAMP:${compactStamp(now)}`,
		`DTSTART;VALUE=DATE:${compactDate(item.reviewWindowEnds)}`,
		`DTEND;VALUE=DATE:${compactDate(nextDay(item.reviewWindowEnds))}`,
		`SUMMARY:${escapeText(`Final review ends: SUP ${item.title}`)}`,
		`DESCRIPTION:${escapeText(description.join('\n'))}`,
		`URL:${url}`,
		'STATUS:CONFIRMED',
		`CATEGORIES:${escapeText(item.stageLabel)}`,
		'TRANSP:TRANSPARENT',
		...REMINDER,
		`DESCRIPTION:${escapeText(`SUP final review closes in 3 days: ${item.title}`)}`,
		'END:VALARM',
		'END:VEVENT',
	];
}

/**
 * An iCalendar file (RFC 5545) with each tracker's review deadline and the end of each SUP's P2
 * feedback window as all-day events, for reviewers to subscribe to. Event UIDs depend only on the tracker id, so a moved deadline
 * updates the event in a subscribed calendar instead of adding a second one. Trackers still
 * awaiting responses carry a reminder three days ahead.
 */
export function deadlineCalendar(register: readonly TrackerView[], { siteBase, now, proposals = [] }: CalendarOptions): string {
	const host = new URL(siteBase).host;
	const events = register.flatMap((tracker) => {
		if (!tracker.deadline) return [];
		const url = new URL(`decisions/${tracker.slug}/`, siteBase).href;
		const waiting = tracker.statusInfo.awaitingResponses;
		const pending = tracker.positions.filter((p) => p.position === 'pending').map((p) => p.organization.name);
		const description = [
			tracker.summary,
			`Status: ${tracker.statusInfo.label}.`,
			`Responses: ${tracker.verdict.responded} of ${tracker.verdict.required} member organizations.`,
			waiting && pending.length ? `Still to respond: ${pending.join(', ')}.` : '',
			url,
		].filter(Boolean);
		return [
			'BEGIN:VEVENT',
			`UID:${tracker.slug}-deadline@${host}`,
			`DTSTAMP:${compactStamp(now)}`,
			`DTSTART;VALUE=DATE:${compactDate(tracker.deadline)}`,
			`DTEND;VALUE=DATE:${compactDate(nextDay(tracker.deadline))}`,
			`SUMMARY:${escapeText(`Review deadline: ${tracker.id} ${tracker.title}`)}`,
			`DESCRIPTION:${escapeText(description.join('\n'))}`,
			`URL:${url}`,
			`STATUS:${tracker.status === 'withdrawn' ? 'CANCELLED' : 'CONFIRMED'}`,
			`CATEGORIES:${escapeText(tracker.statusInfo.label)}`,
			'TRANSP:TRANSPARENT',
			...(waiting ? [...REMINDER, `DESCRIPTION:${escapeText(`${tracker.id} review closes in 3 days`)}`, 'END:VALARM'] : []),
			'END:VEVENT',
		];
	});
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Margo//Decision trackers//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'NAME:Margo decision review deadlines',
		'X-WR-CALNAME:Margo decision review deadlines',
		'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
		...events,
		...proposals.flatMap((item) => proposalEvent(item, siteBase, host, now)),
		'END:VCALENDAR',
	];
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

import type { TimelineEntry } from '../schema.ts';
import type { TrackerView } from '../register.ts';
import { LIFECYCLE, type Status } from '../lifecycle.ts';
import { proposalUrl, type ProposalItem } from './proposal-items.ts';

export interface StatusChange {
	tracker: TrackerView;
	entry: TimelineEntry & { status: Status };
	/** Fragment of the timeline entry on the tracker's page. */
	anchor: string;
}

/** Fragment id of a status change on its tracker's page; the feed's entry ids end with it. */
export function changeAnchor(entry: { date: string; status: Status }): string {
	return `change-${entry.date}-${entry.status}`;
}

/** Every status change recorded in the trackers' timelines, newest first. */
export function statusChanges(register: readonly TrackerView[]): StatusChange[] {
	return register
		.flatMap((tracker) =>
			tracker.timeline.flatMap((entry) =>
				entry.status
					? [{ tracker, entry: { ...entry, status: entry.status }, anchor: changeAnchor({ date: entry.date, status: entry.status }) }]
					: [],
			),
		)
		.sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.tracker.id.localeCompare(b.tracker.id));
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** What the feed lists: every status change except the writing of a draft. */
const FEED_SUBTITLE =
	'Each time a Margo decision tracker opens for review, enters final review, is approved or rejected, or is withdrawn or superseded, and each time a Specification Update Proposal enters final review (P2).';

export interface FeedOptions {
	/** Absolute URL of the site's base, ending with `/`: `https://margo.example.org/`. */
	siteBase: string;
	/** `updated` of an empty feed. */
	now: Date;
	/** The SUPs, from the proposals feature: each that entered P2 is an entry, dated when its pull request left draft. */
	proposals?: readonly ProposalItem[];
}

interface FeedEntry {
	date: string;
	/** Sorts entries of one day. */
	key: string;
	xml: string;
}

/** A SUP entering final review: what asks the members to act, as a tracker's opening does. */
function proposalEntry(item: ProposalItem, siteBase: string): FeedEntry[] {
	if (!item.finalReviewFrom) return [];
	const url = proposalUrl(item, siteBase);
	const window = item.reviewWindowEnds ? ` Members comment until ${item.reviewWindowEnds}, then the technical leads vote.` : '';
	return [
		{
			date: item.finalReviewFrom,
			key: `sup-${item.slug}`,
			xml: `  <entry>
    <id>${escapeXml(`${url}#final-review-${item.finalReviewFrom}`)}</id>
    <title>${escapeXml(`SUP in final review (P2): ${item.title}`)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${item.finalReviewFrom}T00:00:00Z</updated>
    <category term="sup-${item.stage}" label="${escapeXml(`SUP ${item.stageLabel}`)}"/>
    <summary>${escapeXml(`Its pull request left draft.${window}`)}</summary>
  </entry>`,
		},
	];
}

/**
 * An Atom feed (RFC 4287) with one entry per status change, so reviewers learn when a tracker
 * opens, goes to final review or is decided, and when a SUP enters final review. Entry ids are
 * the change's URL on the tracker's or SUP's page, which stays the same from build to build.
 */
export function atomFeed(register: readonly TrackerView[], { siteBase, now, proposals = [] }: FeedOptions): string {
	// A draft asks nothing of reviewers yet: the feed starts at the opening, as its subtitle says.
	const changes = statusChanges(register).filter((change) => change.entry.status !== 'draft');
	const index = new URL('decisions/', siteBase).href;
	const trackerEntries = changes.map(({ tracker, entry, anchor }): FeedEntry => {
		const url = new URL(`decisions/${tracker.slug}/`, siteBase).href;
		const label = LIFECYCLE[entry.status].label;
		return {
			date: entry.date,
			key: tracker.id,
			xml: `  <entry>
    <id>${escapeXml(`${url}#${anchor}`)}</id>
    <title>${escapeXml(`${tracker.id} ${label.toLowerCase()}: ${tracker.title}`)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${entry.date}T00:00:00Z</updated>
    <category term="${entry.status}" label="${escapeXml(label)}"/>
    <summary>${escapeXml(`${entry.note} (${LIFECYCLE[entry.status].meaning})`)}</summary>
  </entry>`,
		};
	});
	const entries = [...trackerEntries, ...proposals.flatMap((item) => proposalEntry(item, siteBase))].sort(
		(a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key),
	);
	const updated = entries[0] ? `${entries[0].date}T00:00:00Z` : now.toISOString();
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(index)}</id>
  <title>Margo decisions: status changes of trackers and SUPs</title>
  <subtitle>${escapeXml(FEED_SUBTITLE)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(new URL('decisions/feed.xml', siteBase).href)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(index)}"/>
  <updated>${updated}</updated>
  <author><name>Margo working group</name></author>
${entries.map((e) => e.xml).join('\n')}
</feed>
`;
}

import {
	evaluateApproval,
	organizationPositions,
	type Approver,
	type Organization,
	type OrganizationPosition,
	type Verdict,
} from './approval-rule.ts';
import { daysLeft } from './countdown.ts';
import { LIFECYCLE, type StatusInfo } from './lifecycle.ts';
import type { TrackerData } from './schema.ts';
import type { MergedResponse } from './github/merge-responses.ts';
import type { ApproverReview } from './github/reviews.ts';
import { trackerResponses, type GitHubSnapshots, type TrackerGitHub } from './github/tracker-github.ts';

/** A page a tracker may change, resolved for display. */
interface AffectedPage {
	/** As written in `affects`: `specification/onboarding#responses`. */
	ref: string;
	slug: string;
	anchor: string | undefined;
	/** The page's title, or its slug when the page is unknown. */
	title: string;
	/** Text of the heading the anchor points to, when known. */
	heading: string | undefined;
}

/** What the register needs to know of a page of `content/docs/`. */
export interface PageInfo {
	title: string;
	/** Heading text by anchor. */
	headings: ReadonlyMap<string, string>;
}

/** A tracker with everything the pages and exports derive from it. */
export interface TrackerView extends TrackerData {
	/** Responses from the tracker file and from GitHub (`npm run decisions:sync`), the later per approver. */
	responses: MergedResponse[];
	/** The tracker's GitHub issue as synced, when it names one with `issue:`. */
	github: TrackerGitHub | undefined;
	/** Approvers' standing reviews of the linked pull requests (shown, never counted). */
	reviews: ApproverReview[];
	/** Lower-case id, used in URLs: `dt-001`. */
	slug: string;
	statusInfo: StatusInfo;
	positions: OrganizationPosition[];
	verdict: Verdict;
	/** Days until the deadline on the register's date; only while responses are awaited. */
	daysLeft: number | undefined;
	/** Approvers of the organizations that still have to respond, while responses are awaited. */
	awaitingApprovers: (Approver & { organization: Organization })[];
	affected: AffectedPage[];
}

export interface RegisterInput {
	trackers: readonly TrackerData[];
	organizations: readonly Organization[];
	/** `YYYY-MM-DD` the days left are counted from. */
	today: string;
	/** A page of `content/docs/` by slug. */
	page?: (slug: string) => PageInfo | undefined;
	/** The committed snapshot of GitHub (`content/decisions/github/`), when there is one. */
	github?: GitHubSnapshots | undefined;
}

/** The register: every tracker with its computed state, in id order. */
export function buildRegister({ trackers, organizations, today, page, github }: RegisterInput): TrackerView[] {
	const approvers = organizations.flatMap((o) => o.approvers);
	return [...trackers]
		.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
		.map((data) => {
			const statusInfo = LIFECYCLE[data.status];
			const online = trackerResponses(data, approvers, github);
			const positions = organizationPositions(organizations, online.responses);
			const verdict = evaluateApproval(positions);
			const awaited = statusInfo.awaitingResponses;
			return {
				...data,
				...online,
				slug: data.id.toLowerCase(),
				statusInfo,
				positions,
				verdict,
				daysLeft: awaited && data.deadline ? daysLeft(data.deadline, today) : undefined,
				awaitingApprovers: awaited
					? positions
							.filter((p) => p.position === 'pending')
							.flatMap((p) => p.organization.approvers.map((a) => ({ ...a, organization: p.organization })))
					: [],
				affected: data.affects.map((ref) => {
					const [slug = '', anchor] = ref.split('#');
					const info = page?.(slug);
					return { ref, slug, anchor, title: info?.title ?? slug, heading: anchor ? info?.headings.get(anchor) : undefined };
				}),
			};
		});
}

/** Trackers awaiting responses first, soonest deadline first; then the rest, newest first. */
export function byDeadline(register: readonly TrackerView[]): TrackerView[] {
	const key = (t: TrackerView) => t.daysLeft ?? Infinity;
	return [...register].sort((a, b) => key(a) - key(b) || b.opened.localeCompare(a.opened) || a.id.localeCompare(b.id));
}

/** What an approver still has to answer: trackers awaiting a response from their organization. */
export function openItemsFor(register: readonly TrackerView[], approverId: string): TrackerView[] {
	return byDeadline(register.filter((t) => t.awaitingApprovers.some((a) => a.id === approverId)));
}

export interface Backlink {
	tracker: TrackerView;
	/** Anchors of the page the tracker names; empty when it names the whole page. */
	anchors: string[];
}

/** The trackers naming each page, in register order: made once per register, read by every page's title. */
const byPage = new WeakMap<readonly TrackerView[], Map<string, TrackerView[]>>();

function trackersByPage(register: readonly TrackerView[]): Map<string, TrackerView[]> {
	let index = byPage.get(register);
	if (!index) {
		index = new Map();
		for (const tracker of register) {
			for (const slug of new Set(tracker.affected.map((a) => a.slug))) {
				const trackers = index.get(slug);
				if (trackers) trackers.push(tracker);
				else index.set(slug, [tracker]);
			}
		}
		byPage.set(register, index);
	}
	return index;
}

/**
 * Trackers naming a page in `affects`: `open` ones (draft or under review) may still change it,
 * `closed` ones already shaped it.
 */
export function backlinksFor(register: readonly TrackerView[], pageSlug: string): { open: Backlink[]; closed: Backlink[] } {
	const links = (trackersByPage(register).get(pageSlug) ?? []).flatMap((tracker) => {
		const refs = tracker.affected.filter((a) => a.slug === pageSlug);
		if (!refs.length) return [];
		return [{ tracker, anchors: refs.flatMap((a) => (a.anchor ? [a.anchor] : [])) }];
	});
	const isOpen = (l: Backlink) => l.tracker.status === 'draft' || l.tracker.statusInfo.awaitingResponses;
	const order = byDeadline(links.map((l) => l.tracker));
	const sorted = [...links].sort((a, b) => order.indexOf(a.tracker) - order.indexOf(b.tracker));
	return { open: sorted.filter(isOpen), closed: sorted.filter((l) => !isOpen(l)) };
}

import { APPROVAL_RULE, type Organization, type Position, type ResponseKind } from '../approval-rule.ts';
import { LIFECYCLE, STATUSES, type Status } from '../lifecycle.ts';
import type { TrackerView } from '../register.ts';
import type { CountedState } from '../github/reviews.ts';
import { daysLeft, utcDate } from '../countdown.ts';
import { proposalUrl, type ProposalItem } from './proposal-items.ts';

/** Path of the export's JSON Schema below the site's base. */
const DECISIONS_SCHEMA_PATH = 'schemas/decisions.schema.json';

/**
 * The shape of `/decisions.json` (version 1), documented in the decision trackers guide
 * (`content/docs/contributing/decision-trackers.md`) and by `public/schemas/decisions.schema.json`
 * (change both together). Fields are only added within a version; a removal or change of meaning
 * bumps `version`. Trackers and Specification Update Proposals are two lists, each entry with its
 * `kind`: the two processes have different fields, and a reader of trackers reads no SUP by mistake.
 */
export interface DecisionsExport {
	$schema: string;
	version: 1;
	/** Build time; `daysLeft` values count from its date (UTC). */
	generatedAt: string;
	approvalRule: string;
	statuses: { id: Status; label: string; meaning: string; awaitingResponses: boolean }[];
	organizations: { id: string; name: string; approvers: { id: string; name: string; github: string | null }[] }[];
	trackers: {
		kind: 'tracker';
		id: string;
		title: string;
		summary: string;
		status: Status;
		url: string;
		opened: string;
		deadline: string | null;
		daysLeft: number | null;
		pullRequests: { number: number; url: string }[];
		discussion: { title: string; url: string }[];
		affects: { page: string; anchor: string | null; url: string }[];
		supersedes: string[];
		supersededBy: string | null;
		options: { title: string; summary: string; chosen: boolean }[];
		resolution: string | null;
		timeline: { date: string; status: Status | null; note: string }[];
		/** Merged from the tracker file and GitHub (the later per approver); `url` is the GitHub comment. */
		responses: {
			approver: string;
			organization: string | null;
			response: ResponseKind;
			date: string;
			comment: string | null;
			source: 'github' | 'file';
			url: string | null;
		}[];
		/** Approvers' standing reviews of the linked pull requests; not counted as responses. */
		reviews: {
			approver: string;
			pullRequest: number;
			state: CountedState;
			label: string;
			date: string;
			url: string;
			body: string | null;
		}[];
		/** The tracker's GitHub issue as last synced; `null` without `issue:`. */
		github: {
			issue: number;
			url: string;
			state: 'open' | 'closed' | null;
			synced: boolean;
			warning: string | null;
			ignoredCommands: { login: string; command: ResponseKind; url: string }[];
			problems: { approver: string; url: string; message: string }[];
		} | null;
		approval: {
			met: boolean;
			responded: number;
			required: number;
			positions: Record<string, Position>;
			awaiting: string[];
			rejecting: string[];
		};
	}[];
	/** Every SUP (`/proposals/`), its stage and, in P2, its feedback window as a deadline. */
	proposals: {
		kind: 'proposal';
		slug: string;
		title: string;
		stage: string;
		stageLabel: string;
		url: string;
		file: string | null;
		pullRequest: { number: number; url: string } | null;
		owners: string[];
		/** The P2 feedback window's last day; `daysLeft` counts to it from `generatedAt`'s date. */
		deadline: string | null;
		daysLeft: number | null;
	}[];
}

export interface ExportOptions {
	siteBase: string;
	repository: string;
	now: Date;
	organizations: readonly Organization[];
	/** The SUPs, from the proposals feature (none without them). */
	proposals?: readonly ProposalItem[];
}

/** The whole register as data, for dashboards and bots. */
export function exportDecisions(
	register: readonly TrackerView[],
	{ siteBase, repository, now, organizations, proposals = [] }: ExportOptions,
): DecisionsExport {
	const organizationOf = (approver: string) => organizations.find((o) => o.approvers.some((a) => a.id === approver))?.id ?? null;
	const today = utcDate(now);
	return {
		$schema: new URL(DECISIONS_SCHEMA_PATH, siteBase).href,
		version: 1,
		generatedAt: now.toISOString(),
		approvalRule: APPROVAL_RULE,
		statuses: STATUSES.map((id) => ({
			id,
			label: LIFECYCLE[id].label,
			meaning: LIFECYCLE[id].meaning,
			awaitingResponses: LIFECYCLE[id].awaitingResponses,
		})),
		organizations: organizations.map((o) => ({
			id: o.id,
			name: o.name,
			approvers: o.approvers.map((a) => ({ id: a.id, name: a.name, github: a.github ?? null })),
		})),
		trackers: register.map((t) => ({
			kind: 'tracker' as const,
			id: t.id,
			title: t.title,
			summary: t.summary,
			status: t.status,
			url: new URL(`decisions/${t.slug}/`, siteBase).href,
			opened: t.opened,
			deadline: t.deadline ?? null,
			daysLeft: t.daysLeft ?? null,
			pullRequests: t.pullRequests.map((number) => ({ number, url: `${repository}/pull/${number}` })),
			discussion: t.discussion,
			affects: t.affected.map((a) => ({
				page: a.slug,
				anchor: a.anchor ?? null,
				url: new URL(`${a.slug}/${a.anchor ? `#${a.anchor}` : ''}`, siteBase).href,
			})),
			supersedes: t.supersedes,
			supersededBy: t.supersededBy ?? null,
			options: t.options,
			resolution: t.resolution ?? null,
			timeline: t.timeline.map((e) => ({ date: e.date, status: e.status ?? null, note: e.note })),
			responses: t.responses.map((r) => ({
				approver: r.approver,
				organization: organizationOf(r.approver),
				response: r.response,
				date: r.date,
				comment: r.comment ?? null,
				source: r.source,
				url: r.url ?? null,
			})),
			reviews: t.reviews.map((r) => ({
				approver: r.approver,
				pullRequest: r.pullRequest,
				state: r.state,
				label: r.label,
				date: r.date,
				url: r.url,
				body: r.body || null,
			})),
			github: t.github
				? {
						issue: t.github.issue,
						url: t.github.url ?? `${repository}/issues/${t.github.issue}`,
						state: t.github.state ?? null,
						synced: t.github.synced,
						warning: t.github.warning ?? null,
						ignoredCommands: t.github.ignored.map((i) => ({ login: i.login, command: i.command, url: i.url })),
						problems: t.github.problems.map((p) => ({ approver: p.approver, url: p.url, message: p.message })),
					}
				: null,
			approval: {
				met: t.verdict.met,
				responded: t.verdict.responded,
				required: t.verdict.required,
				positions: Object.fromEntries(t.positions.map((p) => [p.organization.id, p.position])),
				awaiting: t.verdict.awaiting,
				rejecting: t.verdict.rejecting,
			},
		})),
		proposals: proposals.map((p) => ({
			kind: 'proposal' as const,
			slug: p.slug,
			title: p.title,
			stage: p.stage,
			stageLabel: p.stageLabel,
			url: proposalUrl(p, siteBase),
			file: p.file,
			pullRequest: p.pr !== null && p.pullRequestUrl ? { number: p.pr, url: p.pullRequestUrl } : null,
			owners: p.owners,
			deadline: p.reviewWindowEnds,
			daysLeft: p.reviewWindowEnds ? daysLeft(p.reviewWindowEnds, today) : null,
		})),
	};
}

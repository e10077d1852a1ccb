import type { ProposalEntryData } from './loader.ts';
import type { Owner } from './parse/owners.ts';
import type { Stage } from './stage.ts';

/** Each stage as the register shows it, with what it means. */
export const STAGES: Record<
	Stage,
	{ label: string; meaning: string; variant: 'note' | 'tip' | 'caution' | 'danger' | 'success' | 'default' }
> = {
	P1: { label: 'P1 technical design', meaning: 'a draft pull request: the design is being worked out', variant: 'note' },
	P2: {
		label: 'P2 final review',
		meaning: 'out of draft: members have two weeks to comment, then the technical leads vote',
		variant: 'caution',
	},
	P3: { label: 'P3 approved', meaning: 'approved: the owner updates the specification and the sandbox code', variant: 'success' },
	completed: { label: 'Completed', meaning: 'in completed/: adopted and carried into the specification', variant: 'success' },
	rejected: { label: 'Rejected', meaning: 'in rejected/: the group decided against it', variant: 'danger' },
	deferred: { label: 'Deferred', meaning: 'in proposals/deferred/: set aside for now', variant: 'default' },
	closed: { label: 'Closed', meaning: 'its pull request was closed without merging', variant: 'default' },
	proposed: { label: 'Proposed', meaning: 'no stage known yet: not in the status table and not synced', variant: 'default' },
};

/** Register order: the stages that need someone's attention first. */
export const STAGE_ORDER: readonly Stage[] = ['P2', 'P1', 'proposed', 'P3', 'deferred', 'completed', 'rejected', 'closed'];

/** `@handle` or the name, for lists and the status table. */
export const ownerLabel = (owner: Owner) => (owner.github ? `@${owner.github}` : (owner.name ?? ''));

/** A GitHub profile address; handles are checked against GitHub's login rule when parsed. */
export const profileUrl = (github: string) => `https://github.com/${github}`;

/** The README's stage column: P1/P2/P3, or the folder's word. */
const tableStage = (stage: Stage) =>
	stage === 'P1' || stage === 'P2' || stage === 'P3' ? stage : stage[0]!.toUpperCase() + stage.slice(1);

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/**
 * The status table in the README's own column layout (`|Owner|Description|Stage|LINK|`), ready to
 * paste over the hand-kept one: each SUP with its derived stage, linked to its document (relative
 * to the repository's top) or to its pull request.
 */
export function statusTable(proposals: readonly ProposalEntryData[], repository: string): string {
	const rows = proposals.map((p) => {
		const link = p.file ? `[proposal](${p.file})` : p.pr ? `[pull request](${repository}/pull/${p.pr})` : '';
		return `|${cell(p.owners.map(ownerLabel).join(', '))}|${cell(p.title)}|${tableStage(p.stage)}|${link}|`;
	});
	return ['|Owner|Description|Stage|LINK|', '|---|---|---|---|', ...rows].join('\n');
}

/** The register's order: by stage, then soonest end of the P2 window, then title. */
export function registerOrder(a: ProposalEntryData, b: ProposalEntryData): number {
	return (
		STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) ||
		(a.reviewWindowEnds ?? '~').localeCompare(b.reviewWindowEnds ?? '~') ||
		a.title.localeCompare(b.title, 'en')
	);
}

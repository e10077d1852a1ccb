import type { ProposalFolder } from './source/read-proposals.ts';

export type Stage = 'P1' | 'P2' | 'P3' | 'completed' | 'rejected' | 'deferred' | 'closed' | 'proposed';

/** One source of a SUP's stage, as the page lists them. */
export interface StageSource {
	source: 'folder' | 'status table' | 'pull request';
	stage: Stage | string;
	/** Where it was read: `completed/`, `README.md:14`, `pull request #42 (ready for review)`. */
	where: string;
}

/** What the sync read of a SUP's pull request (`content/decisions/github/sup-pull-<n>.json`). */
export interface ProposalPull {
	number: number;
	url: string;
	state: 'open' | 'closed';
	draft: boolean;
	merged: boolean;
	/** When the pull request last left draft (its `ready_for_review` timeline event). */
	readyForReviewAt: string | null;
	/** Files the pull request adds or changes, relative to the repository. */
	files: string[];
	reviews: { author: string; state: string; submittedAt: string | null; url: string; body: string }[];
}

/** Members have two weeks of P2 to give feedback before the technical leads vote. */
const REVIEW_WINDOW_DAYS = 14;

const FOLDER_STAGE: Partial<Record<ProposalFolder, Stage>> = { completed: 'completed', rejected: 'rejected', deferred: 'deferred' };

/** P1 while the pull request is a draft, P2 once out of draft, P3 once merged; closed otherwise. */
function pullStage(pull: ProposalPull): Stage {
	if (pull.merged) return 'P3';
	if (pull.state === 'closed') return 'closed';
	return pull.draft ? 'P1' : 'P2';
}

const tableStage = (written: string): Stage | string => {
	const lower = written.toLowerCase();
	return (['completed', 'rejected', 'deferred'] as const).find((s) => lower.startsWith(s)) ?? written;
};

export interface DerivedStage {
	stage: Stage;
	sources: StageSource[];
	/** Set when the status table says another stage than the folder or the pull request. */
	disagreement: string | undefined;
	reviewWindowEnds: string | undefined;
}

/**
 * A SUP's stage: the folder when it says completed, rejected or deferred; else the pull request's
 * state from the sync; else the README's status table; else `proposed`. Every source is kept,
 * and a status table that says otherwise is a disagreement to show and warn about.
 */
export function deriveStage(
	folder: ProposalFolder | undefined,
	row: { stage: string; line: number } | undefined,
	readme: string,
	pull: ProposalPull | undefined,
): DerivedStage {
	const sources: StageSource[] = [];
	const fromFolder = folder ? FOLDER_STAGE[folder] : undefined;
	if (fromFolder) sources.push({ source: 'folder', stage: fromFolder, where: `${folder === 'deferred' ? 'proposals/deferred' : folder}/` });
	const fromPull = pull ? pullStage(pull) : undefined;
	if (pull && fromPull) {
		const state = pull.merged ? 'merged' : pull.state === 'closed' ? 'closed' : pull.draft ? 'draft' : 'ready for review';
		sources.push({ source: 'pull request', stage: fromPull, where: `pull request #${pull.number} (${state})` });
	}
	const fromTable = row && row.stage ? tableStage(row.stage) : undefined;
	if (row && fromTable) sources.push({ source: 'status table', stage: fromTable, where: `${readme}:${row.line}` });
	const known = (['P1', 'P2', 'P3', 'completed', 'rejected', 'deferred'] as const).find((s) => s === fromTable);
	const stage: Stage = fromFolder ?? fromPull ?? known ?? 'proposed';
	const other = sources.find((s) => s.source !== 'status table');
	const disagreement =
		row && fromTable && other && fromTable !== other.stage && !(other.stage === 'P3' && fromTable === 'completed')
			? `the README's status table (${readme}:${row.line}) says ${fromTable}, ${other.where} says ${other.stage}`
			: undefined;
	const reviewWindowEnds =
		stage === 'P2' && pull?.readyForReviewAt
			? new Date(Date.parse(pull.readyForReviewAt) + REVIEW_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10)
			: undefined;
	return { stage, sources, disagreement, reviewWindowEnds };
}

import type { ApproverResponse } from '../approval-rule.ts';
import type { GitHubResponse } from './resolve-commands.ts';

/** A response from either source, as the register, pages and exports use it. */
export interface MergedResponse extends ApproverResponse {
	source: 'github' | 'file';
	/** The comment on GitHub; only for `github`. */
	url?: string | undefined;
	/** The earlier response from the other source, which this one replaces. */
	replaces?: { source: 'github' | 'file'; response: ApproverResponse['response']; date: string; url?: string | undefined } | undefined;
}

const fromGitHub = ({ approver, response, date, comment, url }: GitHubResponse): MergedResponse => ({
	approver,
	response,
	date,
	comment,
	source: 'github',
	url,
});

/**
 * Each approver's counted response: from the tracker file (a decision recorded at a meeting) or
 * from GitHub, whichever is later. A file response carries only a day, so on the same day the file
 * wins: a maintainer writing it has seen that day's comments. Order: the file's, then GitHub's.
 */
export function mergeResponses(file: readonly ApproverResponse[], github: readonly GitHubResponse[]): MergedResponse[] {
	const online = new Map(github.map((r) => [r.approver, r]));
	const merged = file.map((written): MergedResponse => {
		const said = online.get(written.approver);
		online.delete(written.approver);
		const mine: MergedResponse = { ...written, source: 'file' };
		if (!said) return mine;
		if (said.date > written.date)
			return { ...fromGitHub(said), replaces: { source: 'file', response: written.response, date: written.date } };
		return { ...mine, replaces: { source: 'github', response: said.response, date: said.date, url: said.url } };
	});
	return [...merged, ...[...online.values()].map(fromGitHub)];
}

import { z } from 'astro/zod';
import { malformed, requestLine, trustedGitHubUrl, webOrigin, type ExtraSnapshots, type GitHubClient } from '#features/decisions/index.ts';
import { buildProposals } from './build-proposals.ts';
import { resolveProposalsDir } from './source/proposals-dir.ts';
import { readProposals } from './source/read-proposals.ts';
import { supPullFile, type ProposalPullSnapshot } from './proposal-pulls.ts';

/** The repository the SUPs' pull requests are in: `MARGO_PROPOSALS_REPOSITORY`, `owner/name` or its address. */
const DEFAULT_PROPOSALS_REPOSITORY = 'https://github.com/margo/specification-enhancements';

const NOTICE = 'Written by `npm run decisions:sync` from GitHub. Do not edit: the next sync overwrites it.';
const dateTime = z.iso.datetime({ offset: true });
const pullShape = z.object({
	number: z.int(),
	state: z.enum(['open', 'closed']),
	draft: z.boolean().nullish(),
	merged: z.boolean().nullish(),
	merged_at: z.string().nullish(),
	html_url: z.string(),
});
const eventShape = z.object({ event: z.string(), created_at: dateTime.nullish() });
const fileShape = z.object({ filename: z.string() });
const reviewShape = z.object({
	user: z.object({ login: z.string() }).nullable(),
	state: z.string(),
	submitted_at: dateTime.nullish(),
	html_url: z.string(),
	body: z.string().nullish(),
});

function check<T extends z.ZodType>(shape: T, data: unknown, url: string): z.output<T> {
	const result = shape.safeParse(data);
	if (!result.success) throw malformed(requestLine('GET', url), result.error.issues[0]?.message ?? 'unexpected shape');
	return result.data;
}

/**
 * The SUPs' pull requests for `npm run decisions:sync`: every pull request the README's status
 * table links, read with its draft state, its timeline's last `ready_for_review` event (when the
 * two weeks of P2 started), the files it changes (to match it to a document) and its reviews
 * (the technical leads' votes). Written as `sup-pull-<n>.json` in the decisions' snapshot.
 */
export function proposalPullSnapshots(root: string, env: NodeJS.ProcessEnv = process.env): ExtraSnapshots {
	return async (client: GitHubClient) => {
		// The examples in content/proposals/ are this project's, not the group's: their rows link no real pull request.
		if (!env['MARGO_PROPOSALS_DIR']) return [];
		const repository = env['MARGO_PROPOSALS_REPOSITORY'] || DEFAULT_PROPOSALS_REPOSITORY;
		const [owner = '', repo = ''] = (/^https?:\/\//.test(repository) ? new URL(repository).pathname : repository)
			.replace(/^\/|\/$/g, '')
			.split('/');
		const origin = webOrigin(repository);
		const dir = resolveProposalsDir(root, env);
		const proposals = dir ? buildProposals({ read: readProposals(dir), label: dir.label, pulls: new Map() }).proposals : [];
		const numbers = [...new Set(proposals.flatMap((p) => (p.pr ? [p.pr] : [])))].sort((a, b) => a - b);
		const files = [];
		for (const number of numbers) {
			const params = { owner, repo, pull_number: number, issue_number: number, per_page: 100 };
			const response = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', params);
			const pull = check(pullShape, response.data, response.url);
			const url = trustedGitHubUrl(pull.html_url, origin);
			if (!url)
				throw malformed(requestLine('GET', response.url), `at /html_url: ${JSON.stringify(pull.html_url)} is not an address on ${origin}`);
			const events = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/timeline', params, (page) =>
				check(eventShape.array(), page.data, page.url),
			);
			const changed = await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', params, (page) =>
				check(fileShape.array(), page.data, page.url).map((f) => f.filename),
			);
			const reviews = await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', params, (page) =>
				check(reviewShape.array(), page.data, page.url).map((r) => ({
					author: r.user?.login ?? 'ghost',
					state: r.state,
					submittedAt: r.submitted_at ?? null,
					// A review address elsewhere is replaced by the pull request's own.
					url: trustedGitHubUrl(r.html_url, origin) ?? url,
					body: r.body ?? '',
				})),
			);
			const ready = events.filter((e) => e.event === 'ready_for_review' && e.created_at).at(-1)?.created_at ?? null;
			const snapshot: ProposalPullSnapshot = {
				$comment: NOTICE,
				repository: `${owner}/${repo}`,
				pullRequest: {
					number: pull.number,
					url,
					state: pull.state,
					draft: pull.draft ?? false,
					merged: pull.merged ?? Boolean(pull.merged_at),
					readyForReviewAt: ready,
					files: [...changed].sort(),
				},
				reviews: reviews.sort((a, b) => (a.submittedAt ?? '~').localeCompare(b.submittedAt ?? '~')),
			};
			files.push({
				label: `SUP pull request #${number}`,
				file: `content/decisions/github/${supPullFile(number)}`,
				text: `${JSON.stringify(snapshot, null, '\t')}\n`,
			});
		}
		return files;
	};
}

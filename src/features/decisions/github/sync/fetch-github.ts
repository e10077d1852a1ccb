import type { z } from 'astro/zod';
import type { GitHubClient } from './client.ts';
import { parseCommand } from '../commands.ts';
import { commentShape, firstIssue, issueShape, loginOf, pullShape, reviewShape } from './github-shapes.ts';
import { malformed, requestLine } from './request-fault.ts';
import { DEFAULT_WEB_ORIGIN, trustedGitHubUrl } from '../github-identity.ts';
import { REVIEW_STATES, type CommandComment, type PullSnapshot, type Review, type TrackerSnapshot } from '../snapshot.ts';

export interface Repository {
	owner: string;
	repo: string;
	/** GitHub's web origin, the only one an `html_url` may name; `https://github.com` by default. */
	webOrigin?: string | undefined;
}

/** What the sync reads of one tracker's issue. */
export interface IssueData {
	issue: TrackerSnapshot['issue'];
	/** Comments whose first line is a command. */
	commands: CommandComment[];
	/** Comments read in all, over every page. */
	commentCount: number;
}

export interface PullData {
	pullRequest: PullSnapshot['pullRequest'];
	reviews: Review[];
}

function check<T extends z.ZodType>(shape: T, data: unknown, response: { url: string }): z.output<T> {
	const result = shape.safeParse(data);
	if (!result.success) throw malformed(requestLine('GET', response.url), firstIssue(result.error));
	return result.data;
}

/**
 * `html_url` when it is an http(s) address on GitHub's web origin; anything else (`javascript:…`,
 * another host) stops the sync, since the pages would link it.
 */
function pageUrl(url: string, repository: Repository, response: { url: string }, pointer: string): string {
	const origin = repository.webOrigin ?? DEFAULT_WEB_ORIGIN;
	const trusted = trustedGitHubUrl(url, origin);
	if (trusted === undefined) {
		throw malformed(requestLine('GET', response.url), `at ${pointer}/html_url: ${JSON.stringify(url)} is not an address on ${origin}`);
	}
	return trusted;
}

/** The issue and all its comments, following every page of comments (100 a page). */
export async function fetchIssue(client: GitHubClient, repository: Repository, number: number): Promise<IssueData> {
	const { owner, repo } = repository;
	const response = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: number });
	const issue = check(issueShape, response.data, response);
	let commentCount = 0;
	const commands = await client.paginate(
		'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
		{ owner, repo, issue_number: number, per_page: 100 },
		(page) => {
			const comments = check(commentShape.array(), page.data, page);
			commentCount += comments.length;
			return comments.flatMap((comment, index): CommandComment[] =>
				parseCommand(comment.body)
					? [
							{
								id: comment.id,
								author: loginOf(comment.user),
								url: pageUrl(comment.html_url, repository, page, `/${index}`),
								createdAt: comment.created_at,
								updatedAt: comment.updated_at,
								body: comment.body ?? '',
							},
						]
					: [],
			);
		},
	);
	return {
		issue: {
			number: issue.number,
			title: issue.title,
			state: issue.state,
			url: pageUrl(issue.html_url, repository, response, ''),
			labels: issue.labels.flatMap((label) => (typeof label === 'string' ? [label] : label.name ? [label.name] : [])),
			createdAt: issue.created_at,
			closedAt: issue.closed_at,
		},
		commands,
		commentCount,
	};
}

/** A pull request and all its reviews. */
export async function fetchPull(client: GitHubClient, repository: Repository, number: number): Promise<PullData> {
	const { owner, repo } = repository;
	const response = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number });
	const pull = check(pullShape, response.data, response);
	const reviews = await client.paginate(
		'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
		{ owner, repo, pull_number: number, per_page: 100 },
		(page) =>
			check(reviewShape.array(), page.data, page).map((review, index): Review => {
				const state = REVIEW_STATES.find((s) => s === review.state);
				if (!state) throw malformed(requestLine('GET', page.url), `unknown review state ${JSON.stringify(review.state)}`);
				return {
					id: review.id,
					author: loginOf(review.user),
					state,
					url: pageUrl(review.html_url, repository, page, `/${index}`),
					submittedAt: review.submitted_at ?? null,
					body: review.body ?? '',
				};
			}),
	);
	return {
		pullRequest: {
			number: pull.number,
			title: pull.title,
			state: pull.state,
			merged: pull.merged ?? Boolean(pull.merged_at),
			url: pageUrl(pull.html_url, repository, response, ''),
		},
		reviews,
	};
}

import type { z } from 'astro/zod';
import type { GitHubClient } from './client.ts';
import { parseCommand } from '../commands.ts';
import { commentShape, firstIssue, issueShape, loginOf, pullShape, reviewShape } from './github-shapes.ts';
import { malformed, requestLine } from './request-fault.ts';
import { REVIEW_STATES, type CommandComment, type PullSnapshot, type Review, type TrackerSnapshot } from '../snapshot.ts';

export interface Repository {
	owner: string;
	repo: string;
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

/** The issue and all its comments, following every page of comments (100 a page). */
export async function fetchIssue(client: GitHubClient, { owner, repo }: Repository, number: number): Promise<IssueData> {
	const response = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: number });
	const issue = check(issueShape, response.data, response);
	let commentCount = 0;
	const commands = await client.paginate(
		'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
		{ owner, repo, issue_number: number, per_page: 100 },
		(page) => {
			const comments = check(commentShape.array(), page.data, page);
			commentCount += comments.length;
			return comments.flatMap((comment): CommandComment[] =>
				parseCommand(comment.body)
					? [
							{
								id: comment.id,
								author: loginOf(comment.user),
								url: comment.html_url,
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
			url: issue.html_url,
			labels: issue.labels.flatMap((label) => (typeof label === 'string' ? [label] : label.name ? [label.name] : [])),
			createdAt: issue.created_at,
			closedAt: issue.closed_at,
		},
		commands,
		commentCount,
	};
}

/** A pull request and all its reviews. */
export async function fetchPull(client: GitHubClient, { owner, repo }: Repository, number: number): Promise<PullData> {
	const response = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number });
	const pull = check(pullShape, response.data, response);
	const reviews = await client.paginate(
		'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
		{ owner, repo, pull_number: number, per_page: 100 },
		(page) =>
			check(reviewShape.array(), page.data, page).map((review): Review => {
				const state = REVIEW_STATES.find((s) => s === review.state);
				if (!state) throw malformed(requestLine('GET', page.url), `unknown review state ${JSON.stringify(review.state)}`);
				return {
					id: review.id,
					author: loginOf(review.user),
					state,
					url: review.html_url,
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
			url: pull.html_url,
		},
		reviews,
	};
}

/**
 * Builders of GitHub REST objects (the fields the real API sends that the sync reads, plus a few
 * others so the shapes look like GitHub's), for the fake in `fake-github.ts`.
 */

const WEB = 'https://github.com/margo/specification';
const user = (login: string | null) => (login === null ? null : { login, id: login.length, type: 'User' });

export function gitHubIssue(
	number: number,
	fields: { state?: 'open' | 'closed'; title?: string; labels?: string[]; closed_at?: string | null } = {},
) {
	return {
		id: 1000 + number,
		number,
		title: fields.title ?? `Decision tracker ${number}`,
		state: fields.state ?? 'open',
		html_url: `${WEB}/issues/${number}`,
		labels: (fields.labels ?? ['decision-tracker']).map((name, i) => ({ id: i + 1, name, color: 'ededed' })),
		user: user('wg-chair'),
		comments: 0,
		created_at: '2024-08-20T09:00:00Z',
		updated_at: '2024-09-10T18:00:00Z',
		closed_at: fields.closed_at ?? null,
		body: 'Tracker text',
	};
}

/** A comment on issue `issue`; `updated_at` differs from `created_at` when it was edited. */
export function gitHubComment(issue: number, id: number, login: string | null, body: string, created_at: string, updated_at = created_at) {
	return {
		id,
		html_url: `${WEB}/issues/${issue}#issuecomment-${id}`,
		issue_url: `https://api.github.com/repos/margo/specification/issues/${issue}`,
		user: user(login),
		created_at,
		updated_at,
		author_association: 'MEMBER',
		body,
	};
}

export function gitHubPull(number: number, fields: { state?: 'open' | 'closed'; merged?: boolean; title?: string } = {}) {
	return {
		id: 5000 + number,
		number,
		title: fields.title ?? `Pull request ${number}`,
		state: fields.state ?? 'open',
		merged: fields.merged ?? false,
		merged_at: fields.merged ? '2025-02-12T12:00:00Z' : null,
		html_url: `${WEB}/pull/${number}`,
		user: user('spec-editor'),
	};
}

export function gitHubReview(pull: number, id: number, login: string | null, state: string, body: string, submitted_at: string | null) {
	return {
		id,
		user: user(login),
		body,
		state,
		html_url: `${WEB}/pull/${pull}#pullrequestreview-${id}`,
		...(submitted_at === null ? {} : { submitted_at }),
		commit_id: 'a'.repeat(40),
		author_association: 'MEMBER',
	};
}

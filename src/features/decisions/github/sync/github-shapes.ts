import { z } from 'astro/zod';

/**
 * The fields the sync reads from GitHub's REST answers, checked before use: a server that is not
 * GitHub (a wrong GITHUB_API_URL, a proxy's error page) must stop the sync, not write a snapshot
 * of blanks. Other fields are ignored.
 */

const user = z.object({ login: z.string() }).nullable();
const dateTime = z.iso.datetime({ offset: true });

export const issueShape = z.object({
	number: z.int(),
	title: z.string(),
	state: z.enum(['open', 'closed']),
	html_url: z.url(),
	labels: z.array(z.union([z.string(), z.object({ name: z.string().nullish() })])),
	created_at: dateTime,
	closed_at: dateTime.nullable(),
});

export const commentShape = z.object({
	id: z.int(),
	user,
	html_url: z.url(),
	created_at: dateTime,
	updated_at: dateTime,
	body: z.string().nullish(),
});

export const pullShape = z.object({
	number: z.int(),
	title: z.string(),
	state: z.enum(['open', 'closed']),
	merged: z.boolean().nullish(),
	merged_at: z.string().nullish(),
	html_url: z.url(),
});

export const reviewShape = z.object({
	id: z.int(),
	user,
	state: z.string(),
	html_url: z.url(),
	submitted_at: dateTime.nullish(),
	body: z.string().nullish(),
});

/** The first problem of a failed parse, as `at /0/user: expected object` for a fault message. */
export function firstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'unexpected shape';
	const pointer = issue.path.map((key) => `/${String(key)}`).join('');
	return `${pointer ? `at ${pointer}: ` : ''}${issue.message}`;
}

/** A deleted account's comments and reviews have no user; GitHub shows them as `ghost`. */
export const loginOf = (value: { login: string } | null) => value?.login ?? 'ghost';

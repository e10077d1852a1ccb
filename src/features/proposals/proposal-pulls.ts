import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Problem } from '#shared/problems.ts';
import type { ProposalPull } from './stage.ts';
import './problem-codes.ts'; // declares the codes reported here, with their default fixes

/**
 * What `npm run decisions:sync` read of the SUPs' pull requests in the enhancements repository:
 * one file per pull request, `content/decisions/github/sup-pull-<n>.json`, beside the trackers'
 * snapshot (and replaced with it as one unit). The build reads only these files, never GitHub.
 */
const SUP_PULL_NAME = /^sup-pull-(\d+)\.json$/;
export const supPullFile = (number: number) => `sup-pull-${number}.json`;

const dateTime = z.iso.datetime({ offset: true });

const proposalPullSchema = z.strictObject({
	$comment: z.string(),
	repository: z.string(),
	pullRequest: z.strictObject({
		number: z.int().positive(),
		url: z.url(),
		state: z.enum(['open', 'closed']),
		draft: z.boolean(),
		merged: z.boolean(),
		/** The last `ready_for_review` event of its timeline: when P2's two weeks started. */
		readyForReviewAt: dateTime.nullable(),
		files: z.array(z.string()),
	}),
	reviews: z.array(
		z.strictObject({ author: z.string(), state: z.string(), submittedAt: dateTime.nullable(), url: z.url(), body: z.string() }),
	),
});

export type ProposalPullSnapshot = z.output<typeof proposalPullSchema>;

/** The SUPs' pull requests from the snapshot folder, by number; a file that does not parse is a problem. */
export function readProposalPulls(folder: string, label: string): { pulls: Map<number, ProposalPull>; problems: Problem[] } {
	const pulls = new Map<number, ProposalPull>();
	const problems: Problem[] = [];
	if (!existsSync(folder)) return { pulls, problems };
	for (const name of readdirSync(folder)
		.filter((n) => SUP_PULL_NAME.test(n))
		.sort()) {
		let parsed: ReturnType<typeof proposalPullSchema.safeParse>;
		try {
			parsed = proposalPullSchema.safeParse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
		} catch (error) {
			problems.push({ code: 'proposal/github-snapshot', file: `${label}/${name}`, message: `not valid JSON: ${(error as Error).message}` });
			continue;
		}
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				problems.push({
					code: 'proposal/github-snapshot',
					file: `${label}/${name}`,
					path: `/${issue.path.join('/')}`,
					message: issue.message,
				});
			}
			continue;
		}
		const { pullRequest, reviews } = parsed.data;
		pulls.set(pullRequest.number, { ...pullRequest, reviews });
	}
	return { pulls, problems };
}

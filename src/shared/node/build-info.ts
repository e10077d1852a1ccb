import { execFileSync } from 'node:child_process';

/** Facts about the checkout a build was made from, shown on every page as part of the snapshot notice. */
export interface BuildInfo {
	/** Web address of the repository the site is built from. */
	repository: string;
	/** Branch of the specification that the pages describe. */
	branch: string;
	/** Full commit hash, or `null` when the build did not run in a git checkout. */
	commit: string | null;
	/** ISO date-time of the build. */
	builtAt: string;
	/** Set for the preview of a pull request (`MARGO_PULL_REQUEST`): its number. */
	pullRequest?: number;
}

export const DEFAULT_REPOSITORY = 'https://github.com/margo/specification';
const DEFAULT_BRANCH = 'pre-draft';

function git(args: string[], cwd: string): string | null {
	try {
		return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
	} catch {
		return null;
	}
}

/**
 * The pull request a preview is built from, from `MARGO_PULL_REQUEST` (`919`, or `#919`); unset
 * or empty for a published build. Throws for anything else, saying how to fix it.
 */
export function parsePullRequest(value: string | undefined): number | undefined {
	const trimmed = value?.trim().replace(/^#/, '') ?? '';
	if (trimmed === '') return undefined;
	if (!/^[1-9][0-9]{0,9}$/.test(trimmed)) {
		throw new Error(
			`MARGO_PULL_REQUEST="${value}" is not a pull request number. Set it to the number alone (MARGO_PULL_REQUEST=919; the Pages workflow sets it from github.event.pull_request.number), or leave it unset for a build that is not a preview.`,
		);
	}
	return Number(trimmed);
}

/**
 * Reads the commit from git, or from `MARGO_COMMIT` when a build runs outside a checkout
 * (an exported tarball, a container); the repository and branch may be overridden the same way
 * so a fork's preview names the fork. `MARGO_PULL_REQUEST` marks the build as a pull request's preview.
 */
export function readBuildInfo(cwd: string, env: NodeJS.ProcessEnv = process.env, now = new Date()): BuildInfo {
	const pullRequest = parsePullRequest(env['MARGO_PULL_REQUEST']);
	return {
		repository: env['MARGO_REPOSITORY'] ?? DEFAULT_REPOSITORY,
		branch: env['MARGO_BRANCH'] ?? DEFAULT_BRANCH,
		commit: env['MARGO_COMMIT'] ?? git(['rev-parse', 'HEAD'], cwd),
		builtAt: now.toISOString(),
		...(pullRequest === undefined ? {} : { pullRequest }),
	};
}

/** Address of the pull request a preview is built from. */
export function pullRequestUrl(info: BuildInfo & { pullRequest: number }): string {
	return `${info.repository}/pull/${info.pullRequest}`;
}

/** Address of the commit's tree, or of the branch when the commit is unknown. */
export function commitUrl(info: BuildInfo): string {
	return info.commit ? `${info.repository}/tree/${info.commit}` : `${info.repository}/tree/${info.branch}`;
}

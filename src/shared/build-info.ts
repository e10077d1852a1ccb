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
}

export const DEFAULT_REPOSITORY = 'https://github.com/margo/specification';
export const DEFAULT_BRANCH = 'pre-draft';

function git(args: string[], cwd: string): string | null {
	try {
		return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
	} catch {
		return null;
	}
}

/**
 * Reads the commit from git, or from `MARGO_COMMIT` when a build runs outside a checkout
 * (an exported tarball, a container); the repository and branch may be overridden the same way
 * so a fork's preview names the fork.
 */
export function readBuildInfo(cwd: string, env: NodeJS.ProcessEnv = process.env, now = new Date()): BuildInfo {
	return {
		repository: env['MARGO_REPOSITORY'] ?? DEFAULT_REPOSITORY,
		branch: env['MARGO_BRANCH'] ?? DEFAULT_BRANCH,
		commit: env['MARGO_COMMIT'] ?? git(['rev-parse', 'HEAD'], cwd),
		builtAt: now.toISOString(),
	};
}

/** Address of the commit's tree, or of the branch when the commit is unknown. */
export function commitUrl(info: BuildInfo): string {
	return info.commit ? `${info.repository}/tree/${info.commit}` : `${info.repository}/tree/${info.branch}`;
}

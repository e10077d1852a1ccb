import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Where the site reads SUPs when `MARGO_PROPOSALS_DIR` is not set: this project's examples. */
const DEFAULT_PROPOSALS_DIR = 'content/proposals';

/** `MARGO_PROPOSALS_DIR` names a folder that is not there: the build stops and says so. */
class ProposalsDirError extends Error {
	override name = 'ProposalsDirError';
}

export interface ProposalsDir {
	/** Real path of the folder (symlinks resolved), the bound every file read must stay inside. */
	path: string;
	/** As the reports name it: relative to the project when inside it. */
	label: string;
}

/**
 * The folder of SUPs, laid out like `margo/specification-enhancements`: `MARGO_PROPOSALS_DIR`
 * (absolute, or relative to the project) or `content/proposals/`. Set explicitly, it must exist;
 * the default may be missing (a site without SUPs). `undefined` when there is nothing to read.
 */
export function resolveProposalsDir(root: string, env: NodeJS.ProcessEnv = process.env): ProposalsDir | undefined {
	const given = env['MARGO_PROPOSALS_DIR'];
	const path = resolve(root, given || DEFAULT_PROPOSALS_DIR);
	const label = relative(root, path).startsWith('..') || isAbsolute(relative(root, path)) ? path : relative(root, path) || '.';
	if (!existsSync(path) || !statSync(path).isDirectory()) {
		if (!given) return undefined;
		throw new ProposalsDirError(
			`MARGO_PROPOSALS_DIR=${JSON.stringify(given)} is not a folder (looked for ${path}); ` +
				'check out margo/specification-enhancements there, or unset the variable to build with the examples in content/proposals/',
		);
	}
	return { path: realpathSync(path), label: label.split(sep).join('/') };
}

/**
 * The real path of `relativePath` inside the folder, or `undefined` when it does not exist or
 * leads outside the folder once symlinks are resolved (a SUP may not publish `/etc/passwd`).
 */
export function containedPath(dir: ProposalsDir, relativePath: string): string | undefined {
	const candidate = join(dir.path, relativePath);
	if (!existsSync(candidate)) return undefined;
	const real = realpathSync(candidate);
	return real === dir.path || real.startsWith(dir.path + sep) ? real : undefined;
}

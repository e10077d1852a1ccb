import { execFileSync } from 'node:child_process';

/**
 * The files of the project as a commit of its git repository holds them, read with git itself:
 * the comparison reads the base's pages, registry and API documents without checking them out,
 * building them or reaching the network. Git runs in the project root, which may be a subfolder
 * or a worktree of the repository; paths are from the project root, like the working tree's.
 */
export interface GitSnapshot {
	/** The ref as given (`origin/pre-draft`, `v1.2`, a commit). */
	ref: string;
	/** The full commit hash it names. */
	commit: string;
	/** Files below `folder` (from the project root), sorted. */
	list(folder: string): string[];
	/** Texts of the files, read in one git process; a file the commit lacks is left out. */
	read(files: readonly string[]): Map<string, string>;
}

/** Why a snapshot could not be opened, said so a person can act on it. */
export class GitSnapshotError extends Error {
	override name = 'GitSnapshotError';
}

function git(root: string, args: readonly string[], input?: string): Buffer {
	// stderr is kept from the terminal: each failure is turned into one message below.
	return execFileSync('git', args, { cwd: root, input, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
}

function tryGit(root: string, args: readonly string[]): string | undefined {
	try {
		return git(root, args).toString('utf8').trim();
	} catch {
		return undefined;
	}
}

const FETCH_HINT =
	'fetch it first (`git fetch origin <ref>`); in GitHub Actions, check out with `fetch-depth: 0` (actions/checkout), since a shallow clone holds only the newest commit';

/** Opens the commit `ref` names; throws a {@link GitSnapshotError} saying how to fix a bad ref or checkout. */
export function openGitSnapshot(root: string, ref: string): GitSnapshot {
	// Refused before git runs: git would read a ref starting with `-` as one of its own options.
	const fault = !ref.trim()
		? 'is empty'
		: ref.startsWith('-')
			? 'starts with "-", which git would read as an option'
			: /[\s\0]/.test(ref)
				? 'holds white space or a NUL character'
				: undefined;
	if (fault) {
		throw new GitSnapshotError(
			`MARGO_COMPARE_WITH="${ref}" is not a git ref: it ${fault}; give a branch, tag or commit, e.g. MARGO_COMPARE_WITH=origin/pre-draft`,
		);
	}
	const prefix = tryGit(root, ['rev-parse', '--show-prefix']);
	if (prefix === undefined) {
		throw new GitSnapshotError(
			`MARGO_COMPARE_WITH="${ref}" needs a git checkout, but ${root} is not in a git repository: build from a clone of the specification repository, or unset MARGO_COMPARE_WITH`,
		);
	}
	const commit = tryGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
	if (!commit) {
		const shallow = tryGit(root, ['rev-parse', '--is-shallow-repository']) === 'true';
		throw new GitSnapshotError(
			shallow
				? `MARGO_COMPARE_WITH="${ref}" names no commit of this shallow clone: ${FETCH_HINT.replace('<ref>', ref)}`
				: `MARGO_COMPARE_WITH="${ref}" names no branch, tag or commit of this repository: check the spelling, or ${FETCH_HINT.replace('<ref>', ref)}`,
		);
	}
	return {
		ref,
		commit,
		list(folder) {
			const out = git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', `${prefix}${folder}`]).toString('utf8');
			return out
				.split('\0')
				.filter(Boolean)
				.map((path) => path.slice(prefix.length))
				.sort();
		},
		read(files) {
			const texts = new Map<string, string>();
			if (!files.length) return texts;
			const out = git(root, ['cat-file', '--batch'], files.map((file) => `${commit}:${prefix}${file}\n`).join(''));
			let at = 0;
			for (const file of files) {
				const end = out.indexOf(0x0a, at);
				const header = out.subarray(at, end).toString('utf8');
				at = end + 1;
				const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
				if (size === undefined) {
					// `<object> missing`, or a tree: nothing of it follows the header.
					const other = /^[0-9a-f]+ \w+ (\d+)$/.exec(header)?.[1];
					if (other !== undefined) at += Number(other) + 1;
					continue;
				}
				texts.set(file, out.subarray(at, at + Number(size)).toString('utf8'));
				at += Number(size) + 1;
			}
			return texts;
		},
	};
}

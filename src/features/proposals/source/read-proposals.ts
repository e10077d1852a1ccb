import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Problem } from '#shared/problems.ts';
import { containedPath, type ProposalsDir } from './proposals-dir.ts';

export type ProposalFolder = 'proposals' | 'deferred' | 'completed' | 'rejected';

/** The folders SUPs live in, as the enhancements repository lays them out, earliest stage first. */
const FOLDERS: readonly { folder: ProposalFolder; path: string }[] = [
	{ folder: 'proposals', path: 'proposals' },
	{ folder: 'deferred', path: 'proposals/deferred' },
	{ folder: 'rejected', path: 'rejected' },
	{ folder: 'completed', path: 'completed' },
];

/** One SUP file as read. */
export interface ProposalFile {
	/** Path relative to the SUP folder: `proposals/gateway.md`. */
	file: string;
	folder: ProposalFolder;
	text: string;
	/** Other folders holding a file of the same name (the SUP is moving); this one is the later stage. */
	alsoIn: string[];
}

export interface ReadResult {
	files: ProposalFile[];
	/** The README at the top of the folder, with the status table, when there is one. */
	readme: { file: string; text: string } | undefined;
	problems: Problem[];
	warnings: Problem[];
}

const SKIPPED = /^(readme|sup-template|template)\.md$/i;

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads every SUP of the folder in place. Refused (problems, which stop the build): a symlink
 * that leads outside the folder and a file that is not UTF-8. Warned: the same file name in two
 * folders, kept once at the later stage.
 */
export function readProposals(dir: ProposalsDir): ReadResult {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const read = (file: string): string | undefined => {
		const real = containedPath(dir, file);
		if (real === undefined) {
			problems.push({
				code: 'proposal/outside-folder',
				file: `${dir.label}/${file}`,
				message: 'is a symlink to a file outside the SUP folder, which the site does not read',
				hint: 'replace the symlink by the file itself, inside the folder',
			});
			return undefined;
		}
		try {
			return fatalUtf8.decode(readFileSync(real));
		} catch {
			problems.push({
				code: 'proposal/not-utf8',
				file: `${dir.label}/${file}`,
				message: 'is not UTF-8 text',
				hint: 'save the file as UTF-8 (most editors offer it in "Save as" or the status bar)',
			});
			return undefined;
		}
	};
	const byName = new Map<string, ProposalFile>();
	for (const { folder, path } of FOLDERS) {
		let names: string[];
		try {
			names = readdirSync(join(dir.path, path)).sort();
		} catch {
			continue;
		}
		for (const name of names) {
			if (!name.toLowerCase().endsWith('.md') || SKIPPED.test(name)) continue;
			const file = posix.join(path, name);
			if (lstatSync(join(dir.path, file)).isDirectory()) continue;
			const text = read(file);
			if (text === undefined) continue;
			const earlier = byName.get(name.toLowerCase());
			if (earlier) {
				warnings.push({
					code: 'proposal/two-folders',
					file: `${dir.label}/${file}`,
					message: `the same SUP is also in ${earlier.file}; shown once, from ${folder}/`,
					hint: `delete ${earlier.file} in the pull request that moved it`,
				});
			}
			byName.set(name.toLowerCase(), { file, folder, text, alsoIn: earlier ? [...earlier.alsoIn, earlier.file] : [] });
		}
	}
	const readme = ['README.md', 'readme.md'].find((name) => containedPath(dir, name) !== undefined);
	const readmeText = readme ? read(readme) : undefined;
	return {
		files: [...byName.values()].sort((a, b) => (a.file < b.file ? -1 : 1)),
		readme: readme && readmeText !== undefined ? { file: readme, text: readmeText } : undefined,
		problems,
		warnings,
	};
}

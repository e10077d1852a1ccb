import { execFileSync } from 'node:child_process';

/**
 * Date of the newest commit touching each file below `dir`, keyed by the path relative to `root`
 * (the same form as a content entry's `filePath`). One `git log` for the whole folder: asking
 * per file costs a process per page.
 *
 * Starlight computes these dates only for `src/content/docs/`; our pages live in `content/docs/`.
 */
export function readLastCommitDates(root: string, dir: string): Record<string, string> {
	let log: string;
	try {
		log = execFileSync('git', ['log', '--format=t:%cI', '--name-only', '--relative', '--', dir], {
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	} catch {
		return {};
	}
	return parseGitLog(log);
}

/** Parses `git log --format=t:%cI --name-only` output; the log is newest first, so the first date seen wins. */
function parseGitLog(log: string): Record<string, string> {
	const dates: Record<string, string> = {};
	let current: string | undefined;
	for (const line of log.split('\n')) {
		if (line.startsWith('t:')) current = line.slice(2);
		else if (line && current && !(line in dates)) dates[line] = current;
	}
	return dates;
}

import { readdirSync, readFileSync } from 'node:fs';
import { snapshotFolderToRead } from './snapshot-swap.ts';
import { join } from 'node:path';
import type { Problem } from '#shared/problems.ts';
import {
	SNAPSHOT_FOLDER,
	isOtherSnapshot,
	pullSnapshotSchema,
	trackerSnapshotSchema,
	type PullSnapshot,
	type TrackerSnapshot,
} from './snapshot.ts';
import type { GitHubSnapshots } from './tracker-github.ts';

const HINT = 'the file is written by `npm run decisions:sync`; run it again (or restore the file with git) instead of editing it';

/**
 * Reads the committed snapshot for the pre-build checks, reporting a file that is not what the
 * sync writes (hand-edited, merge markers) at its path and JSON pointer.
 */
export function readSnapshots(root: string): { snapshots: GitHubSnapshots; problems: Problem[] } {
	const trackers = new Map<string, TrackerSnapshot>();
	const pulls = new Map<number, PullSnapshot>();
	const problems: Problem[] = [];
	const folder = snapshotFolderToRead(join(root, SNAPSHOT_FOLDER));
	if (!folder) return { snapshots: { trackers, pulls }, problems };
	const names = readdirSync(folder)
		.filter((name) => name.endsWith('.json') && !isOtherSnapshot(name))
		.sort();
	for (const name of names) {
		const file = `${SNAPSHOT_FOLDER}/${name}`;
		const isPull = name.startsWith('pull-');
		let value: unknown;
		try {
			value = JSON.parse(readFileSync(join(folder, name), 'utf8'));
		} catch (error) {
			problems.push({ code: 'decision/github-snapshot', file, message: `not valid JSON: ${(error as Error).message}`, hint: HINT });
			continue;
		}
		const result = (isPull ? pullSnapshotSchema : trackerSnapshotSchema).safeParse(value);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const pointer = `/${issue.path.map(String).join('/')}`;
				problems.push({ code: 'decision/github-snapshot', file, path: pointer, message: issue.message, hint: HINT });
			}
			continue;
		}
		if ('pullRequest' in result.data) pulls.set(result.data.pullRequest.number, result.data);
		else trackers.set(result.data.tracker, result.data);
	}
	return { snapshots: { trackers, pulls }, problems };
}

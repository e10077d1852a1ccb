import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPROVERS_FILE, readApprovers } from '../../checks/check-approvers.ts';
import { readTracker } from '../../checks/check-tracker.ts';
import { approversByLogin } from '../resolve-commands.ts';
import { ProblemReportError, type Problem } from '#shared/problems.ts';
import { createGitHubClient, type GitHubClient } from './client.ts';
import { fetchIssue, fetchPull, type PullData } from './fetch-github.ts';
import { RequestFault } from './request-fault.ts';
import type { SyncSettings } from './settings.ts';
import { pullChanges, trackerChanges } from './snapshot-diff.ts';
import {
	SNAPSHOT_FOLDER,
	SNAPSHOT_NAME,
	pullSnapshot,
	pullSnapshotFile,
	pullSnapshotSchema,
	snapshotText,
	trackerSnapshot,
	trackerSnapshotFile,
	trackerSnapshotSchema,
} from '../snapshot.ts';
import { recoverSnapshotFolder, swapSnapshotFolder } from '../snapshot-swap.ts';

/** What one synced file became. */
interface SyncedFile {
	/** `DT-002 ← issue #42` or `pull request #919`. */
	label: string;
	file: string;
	/** `new`, `changed` or `unchanged`; `changes` says what changed. */
	outcome: 'new' | 'changed' | 'unchanged';
	changes: string[];
}

export interface SyncResult {
	files: SyncedFile[];
	/** Snapshot files removed because no tracker links them any more. */
	removed: string[];
	/** Ids of trackers without `issue:`. */
	unlinked: string[];
}

/** A fault that stopped the sync, naming the tracker and the request. Nothing was written. */
export class SyncError extends Error {
	override name = 'SyncError';
	readonly tracker: string;
	readonly fault: RequestFault;
	constructor(tracker: string, fault: RequestFault) {
		super(`${tracker}: ${fault.request} failed: ${fault.message}\n  fix: ${fault.hint}`);
		this.tracker = tracker;
		this.fault = fault;
	}
}

interface Planned {
	label: string;
	file: string;
	text: string;
	changes: (before: string | undefined) => string[];
}

/**
 * Snapshot files another feature adds to the same sync (the SUPs' pull requests): read with the
 * same client after the trackers, written in the same swap, so the snapshot stays one unit.
 */
export type ExtraSnapshots = (client: GitHubClient) => Promise<{ label: string; file: string; text: string }[]>;

/**
 * Reads every linked tracker's issue, comments, pull requests and reviews from GitHub, then
 * writes the snapshot under `content/decisions/github/` when anything changed. Everything is read
 * before anything is written, so a fault (thrown as a {@link SyncError}) leaves every file as it
 * was; the folder is replaced as one unit (`snapshot-swap.ts`), so a killed sync never leaves
 * some files new and others old.
 */
export async function syncDecisions(
	root: string,
	settings: SyncSettings,
	client: GitHubClient = createGitHubClient(settings),
	extra?: ExtraSnapshots,
): Promise<SyncResult> {
	const trackers = readLinkedTrackers(root);
	const isApprover = approverLogins(root);
	const repository = `${settings.owner}/${settings.repo}`;
	const planned: Planned[] = [];
	const pulls = new Map<number, PullData>();
	for (const { data } of trackers.linked) {
		const issueNumber = data.issue!;
		const { issue, commands } = await attribute(data.id, () => fetchIssue(client, settings, issueNumber));
		const snapshot = trackerSnapshot(data.id, repository, issue, commands);
		planned.push({
			label: `${data.id} ← issue #${issueNumber}`,
			file: trackerSnapshotFile(data.id),
			text: snapshotText(snapshot),
			changes: (before) => trackerChanges(parseOld(trackerSnapshotSchema, before), snapshot, isApprover),
		});
		for (const number of data.pullRequests) {
			if (!pulls.has(number)) pulls.set(number, await attribute(data.id, () => fetchPull(client, settings, number)));
		}
	}
	for (const [number, { pullRequest, reviews }] of [...pulls].sort(([a], [b]) => a - b)) {
		const snapshot = pullSnapshot(repository, pullRequest, reviews);
		planned.push({
			label: `pull request #${number}`,
			file: pullSnapshotFile(number),
			text: snapshotText(snapshot),
			changes: (before) => pullChanges(parseOld(pullSnapshotSchema, before), snapshot),
		});
	}
	if (extra) {
		for (const file of await attribute('SUPs', () => extra(client))) planned.push({ ...file, changes: () => [] });
	}
	return writeSnapshots(root, planned, trackers.unlinked);
}

async function attribute<T>(tracker: string, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (error) {
		if (error instanceof RequestFault) throw new SyncError(tracker, error);
		throw error;
	}
}

function parseOld<T>(
	schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
	text: string | undefined,
): T | undefined {
	if (text === undefined) return undefined;
	try {
		const result = schema.safeParse(JSON.parse(text));
		return result.success ? result.data : undefined;
	} catch {
		return undefined;
	}
}

/** Whether a login is an approver's, for the report; without a readable approvers file, everyone is. */
function approverLogins(root: string): (login: string) => boolean {
	const path = join(root, APPROVERS_FILE);
	const organizations = existsSync(path) ? readApprovers(APPROVERS_FILE, readFileSync(path, 'utf8')).organizations : undefined;
	if (!organizations) return () => true;
	const approverOf = approversByLogin(organizations.flatMap((o) => o.approvers));
	return (login) => approverOf(login) !== undefined;
}

function readLinkedTrackers(root: string) {
	const problems: Problem[] = [];
	const loaded = globSync('content/decisions/*.md', { cwd: root })
		.sort()
		.flatMap((file) => {
			const result = readTracker(file.split('\\').join('/'), readFileSync(join(root, file), 'utf8'));
			problems.push(...result.problems);
			return result.tracker ? [result.tracker] : [];
		});
	// A tracker that does not parse may have an `issue:` the sync cannot read; fix it first.
	if (problems.length) throw new ProblemReportError('Decision trackers (fix them before syncing)', problems);
	return {
		linked: loaded.filter((t) => t.data.issue !== undefined),
		unlinked: loaded.filter((t) => t.data.issue === undefined).map((t) => t.data.id),
	};
}

function writeSnapshots(root: string, planned: readonly Planned[], unlinked: string[]): SyncResult {
	const folder = join(root, SNAPSHOT_FOLDER);
	recoverSnapshotFolder(folder);
	const read = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined);
	const files = planned.map(({ label, file, text, changes }): SyncedFile & { text: string } => {
		const before = read(file);
		if (before === text) return { label, file, outcome: 'unchanged', changes: [], text };
		return { label, file, outcome: before === undefined ? 'new' : 'changed', changes: changes(before), text };
	});
	const keep = new Set(planned.map((p) => p.file));
	const removed = existsSync(folder)
		? readdirSync(folder)
				.filter((name) => SNAPSHOT_NAME.test(name) && !keep.has(`${SNAPSHOT_FOLDER}/${name}`))
				.sort()
				.map((name) => `${SNAPSHOT_FOLDER}/${name}`)
		: [];
	if (files.some((file) => file.outcome !== 'unchanged') || removed.length) {
		const byName = new Map(files.map((file) => [file.file.slice(SNAPSHOT_FOLDER.length + 1), file.text]));
		swapSnapshotFolder(folder, byName, (name) => !SNAPSHOT_NAME.test(name));
	}
	return { files: files.map(({ text: _text, ...file }) => file), removed, unlinked };
}

import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The snapshot folder is replaced as one unit, so that a sync killed at any moment (`kill -9`,
 * a full disk) never leaves some files new and others old: the new snapshot is written whole
 * into `<folder>.next`, then the old folder is moved aside and the new one moved in by two
 * renames. A folder cannot be renamed over a non-empty one, hence the two steps; the state
 * between them (no folder, a complete `.next`) is finished by {@link recoverSnapshotFolder},
 * which the sync runs first, and read as it stands by the build (`snapshotFolderToRead`).
 */

const stagingFolder = (folder: string) => `${folder}.next`;
const previousFolder = (folder: string) => `${folder}.previous`;

/**
 * Finishes or undoes an interrupted swap: a `.next` folder is complete only once the live folder
 * was moved aside, so it is moved in when the live folder is missing and dropped otherwise.
 */
export function recoverSnapshotFolder(folder: string): void {
	const staging = stagingFolder(folder);
	if (!existsSync(folder) && existsSync(staging)) renameSync(staging, folder);
	rmSync(staging, { recursive: true, force: true });
	rmSync(previousFolder(folder), { recursive: true, force: true });
}

/** The folder the build reads: the live one, or a complete `.next` left by a swap cut short. */
export function snapshotFolderToRead(folder: string): string | undefined {
	if (existsSync(folder)) return folder;
	return existsSync(stagingFolder(folder)) ? stagingFolder(folder) : undefined;
}

/**
 * Replaces `folder` by one holding `files` (name → text) and the entries `keep` says are not the
 * sync's (copied from the old folder as they are).
 */
export function swapSnapshotFolder(folder: string, files: ReadonlyMap<string, string>, keep: (name: string) => boolean): void {
	recoverSnapshotFolder(folder);
	const staging = stagingFolder(folder);
	mkdirSync(dirname(folder), { recursive: true });
	mkdirSync(staging);
	if (existsSync(folder)) {
		for (const name of readdirSync(folder).filter(keep)) cpSync(join(folder, name), join(staging, name), { recursive: true });
	}
	for (const [name, text] of files) writeFileSync(join(staging, name), text, { flag: 'wx' });
	if (existsSync(folder)) renameSync(folder, previousFolder(folder));
	renameSync(staging, folder);
	rmSync(previousFolder(folder), { recursive: true, force: true });
}

import type { Problem } from '#shared/problems.ts';
import { compareApi, type ApiChange } from './compare-api.ts';
import { compareDecisions, comparePages, type ChangedPageTexts, type DecisionChange, type PageChange } from './compare-pages.ts';
import { compareRequirements, type RequirementChange } from './compare-requirements.ts';
import { workingTree, type FileSource } from './file-source.ts';
import { openGitSnapshot } from './git-snapshot.ts';
import { readSide, unmarkedStatements, type Side } from './read-side.ts';

/** What the working tree changes compared with a git ref: everything the page, the JSON and the CLI show. */
export interface Comparison {
	base: { ref: string; commit: string };
	requirements: RequirementChange[];
	api: ApiChange[];
	/** API documents that could not be read on either side: reported, the rest still compared. */
	unreadable: { document: string; file: string; message: string }[];
	pages: PageChange[];
	/** Texts of the changed pages, for their word diff pages. */
	pageTexts: ChangedPageTexts[];
	decisions: DecisionChange[];
}

/** Compares two sides already read. */
function compareSides(base: Comparison['base'], before: Side, after: Side): Comparison {
	const ids = [...new Set([...before.api.documents.keys(), ...after.api.documents.keys()])].sort();
	const unreadable = [...before.api.unreadable, ...after.api.unreadable];
	// A document that one side cannot read is not reported as added or removed: its changes are unknown.
	const skipped = new Set(unreadable.map((entry) => entry.document));
	const pages = comparePages(before.pages, after.pages);
	const oldSources = new Map(before.specPages.map((page) => [page.file, page.source]));
	const afterUnmarked = unmarkedStatements(after.specPages, (page) => oldSources.get(page.file) === page.source);
	const newSources = new Set(after.specPages.map((page) => page.source));
	// The same statements on the base side, from the pages that changed, so a statement already there is not new.
	const beforeUnmarked = unmarkedStatements(before.specPages, (page) => newSources.has(page.source));
	return {
		base,
		requirements: compareRequirements(before.requirements, after.requirements, after.retired, {
			before: beforeUnmarked,
			after: afterUnmarked,
		}),
		api: compareApi(
			ids
				.filter((id) => !skipped.has(id))
				.map((id) => {
					const a = before.api.documents.get(id);
					const b = after.api.documents.get(id);
					return { id, ...(a ? { before: a } : {}), ...(b ? { after: b } : {}) };
				}),
		),
		unreadable,
		pages: pages.changes,
		pageTexts: pages.texts,
		decisions: compareDecisions(before.trackers, after.trackers),
	};
}

/** Whether `folder` holds the same files with the same texts on both sides. */
function sameFiles(a: FileSource, b: FileSource, folder: string): boolean {
	const files = a.list(folder);
	if (files.join('\n') !== b.list(folder).join('\n')) return false;
	const [textsA, textsB] = [a.read(files), b.read(files)];
	return files.every((file) => textsA.get(file) === textsB.get(file));
}

/**
 * Compares the project at `root` with the commit `ref` names. Problems (an ID on two statements
 * of one side) come back for the caller's report; a ref git cannot find throws `GitSnapshotError`.
 */
export function compareWithRef(root: string, ref: string): { comparison: Comparison; problems: Problem[] } {
	const snapshot = openGitSnapshot(root, ref);
	const tree = workingTree(root);
	// Most changes leave the API documents alone: when every file of openapi/ is the same on both
	// sides, no API change can come of them, and none is parsed (the costliest part of a side).
	const readApi = !sameFiles(snapshot, tree, 'openapi');
	const before = readSide(snapshot, `${ref}:`, readApi);
	const after = readSide(tree, '', readApi);
	return {
		comparison: compareSides({ ref, commit: snapshot.commit }, before, after),
		// The working tree's own duplicates are the requirement checks' to report.
		problems: before.problems,
	};
}

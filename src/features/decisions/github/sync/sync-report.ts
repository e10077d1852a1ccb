import type { SyncResult } from './sync.ts';

/**
 * The sync's output: one line per tracker and pull request saying what changed, then what was
 * written. The scheduled workflow puts the same text in the body of its pull request.
 */
export function formatSyncResult(result: SyncResult, source: string): string {
	const lines = [`decisions:sync from ${source}`];
	for (const file of result.files) {
		const what =
			file.outcome === 'unchanged'
				? 'unchanged'
				: `${file.outcome === 'new' ? 'new snapshot' : 'changed'}${file.changes.length ? `: ${file.changes.join('; ')}` : ''}`;
		lines.push(`- ${file.label}: ${what}${file.outcome === 'unchanged' ? '' : ` (${file.file})`}`);
	}
	for (const file of result.removed) lines.push(`- removed ${file}: no tracker links it any more`);
	if (result.unlinked.length) lines.push(`- not linked to an issue (no \`issue:\`): ${result.unlinked.join(', ')}`);
	if (!result.files.length) lines.push('- no tracker has `issue:`; nothing to read');
	const written = result.files.filter((f) => f.outcome !== 'unchanged').length;
	lines.push(
		written || result.removed.length
			? `Wrote ${written} file${written === 1 ? '' : 's'}, removed ${result.removed.length}.`
			: 'Nothing changed.',
	);
	return lines.join('\n');
}

import { fileURLToPath } from 'node:url';
import { ProblemReportError } from '#shared/problems.ts';
import { proposalPullSnapshots } from '#features/proposals/index.ts';
import { SettingsError, readSyncSettings } from './settings.ts';
import { SNAPSHOT_FOLDER } from '../snapshot.ts';
import { formatSyncResult } from './sync-report.ts';
import { SyncError, syncDecisions } from './sync.ts';

// `npm run decisions:sync`: reads the linked trackers' issues and pull requests from GitHub and
// writes the snapshot under content/decisions/github/. MARGO_ROOT lets the tests use a scratch copy.
const root = process.env['MARGO_ROOT'] ?? fileURLToPath(new URL('../../../../..', import.meta.url));

try {
	const settings = readSyncSettings();
	const result = await syncDecisions(root, settings, undefined, proposalPullSnapshots(root));
	const source = `${settings.owner}/${settings.repo} at ${settings.apiUrl}${settings.token ? '' : ' (no GITHUB_TOKEN: anonymous, 60 requests an hour)'}`;
	console.log(formatSyncResult(result, source));
} catch (error) {
	if (error instanceof SyncError) {
		console.error(`decisions:sync stopped: ${error.message}\nNothing was written: every file under ${SNAPSHOT_FOLDER}/ is as it was.`);
	} else if (error instanceof SettingsError || error instanceof ProblemReportError) {
		console.error(`decisions:sync stopped: ${error.message}`);
	} else {
		console.error('decisions:sync failed unexpectedly:', error);
	}
	process.exitCode = 1;
}

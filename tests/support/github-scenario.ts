import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { SyncSettings } from '../../src/features/decisions/github/sync/settings.ts';
import { syncDecisions } from '../../src/features/decisions/github/sync/sync.ts';
import { startFakeGitHub, type FakeGitHub, type FakeRepository } from './fake-github.ts';
import { gitHubComment, gitHubIssue, gitHubPull, gitHubReview } from './github-data.ts';
import { projectRoot } from './run-astro.ts';

/** The fixture whose trackers link issues 42 and 43 and pull requests 919 and 920. */
export const GITHUB_FIXTURE = join(projectRoot, 'tests', 'fixtures', 'github-sync');

/** A scratch copy of the fixture's `content/` without its snapshot, for a sync to write into. */
export function scratchCopy(): string {
	const root = mkdtempSync(join(tmpdir(), 'margo-sync-'));
	const snapshot = join(GITHUB_FIXTURE, 'content', 'decisions', 'github');
	cpSync(join(GITHUB_FIXTURE, 'content'), join(root, 'content'), { recursive: true, filter: (source) => source !== snapshot });
	return root;
}

const day = (d: number, time = '10:00:00') => `2024-08-${String(d).padStart(2, '0')}T${time}Z`;

/**
 * What GitHub holds for the fixture (approvers in tests/fixtures/github-sync/content/approvers.yaml):
 * issue 42 has 105 comments of chatter and 9 commands over two pages of 100, pull request 919
 * reviews in every state. Each call returns fresh data a test may change.
 */
export function githubScenario(): FakeRepository {
	const chatter = Array.from({ length: 105 }, (_, i) =>
		gitHubComment(
			42,
			100 + i,
			'wg-chair',
			i % 2 ? 'Thanks, noted.' : 'Reminder: the deadline is 10 September.',
			day(20, `11:${String(i % 60).padStart(2, '0')}:00`),
		),
	);
	const commands = [
		gitHubComment(42, 1, 'gracehopper', '/approve', day(22)),
		gitHubComment(42, 2, 'ada-lovelace', '/approve Looks **good**.', day(23)),
		gitHubComment(42, 3, 'Ada-Lovelace', '/reject', day(24)),
		gitHubComment(42, 4, 'ivan-p', '/reject\r\n\r\nThe retry rules break our devices.', day(21), day(30)),
		gitHubComment(42, 5, 'ivan-p', '/approve', day(27)),
		gitHubComment(42, 6, 'mallory', '/approve', day(23)),
		gitHubComment(42, 7, 'random-dev', '/reject not needed', day(24)),
		gitHubComment(42, 8, null, '/approve', day(25)),
	];
	// Past the first page of 100: only a sync that follows the `Link` header sees it.
	const late = gitHubComment(42, 9, 'irene-a', '/approve <script>alert(1)</script> [docs](javascript:alert(1))', day(31));
	return {
		owner: 'margo',
		repo: 'specification',
		issues: {
			42: {
				issue: gitHubIssue(42, { title: 'DT-001: A tracker answered on GitHub', labels: ['decision-tracker', 'api'] }),
				comments: [...commands.slice(0, 4), ...chatter.slice(0, 90), ...commands.slice(4), ...chatter.slice(90), late],
			},
			43: {
				issue: gitHubIssue(43, { state: 'closed', closed_at: '2024-09-12T08:00:00Z' }),
				comments: [gitHubComment(43, 20, 'gracehopper', '/abstain\n\nNot our area.', '2024-08-28T10:00:00Z')],
			},
		},
		pulls: {
			919: {
				pull: gitHubPull(919, { title: 'Decision trackers: REST API and secure transport' }),
				reviews: [
					gitHubReview(919, 31, 'ada-lovelace', 'COMMENTED', 'Starting to read.', day(22)),
					gitHubReview(919, 32, 'Ada-Lovelace', 'APPROVED', '', day(23)),
					gitHubReview(919, 33, 'ada-lovelace', 'COMMENTED', 'nit: a typo in line 12', day(28)),
					gitHubReview(919, 34, 'gracehopper', 'CHANGES_REQUESTED', 'Please split the retry section.', day(24)),
					gitHubReview(919, 35, 'ivan-p', 'COMMENTED', 'Reading.', day(20)),
					gitHubReview(919, 36, 'ivan-p', 'DISMISSED', 'Approved too early.', day(25)),
					gitHubReview(919, 37, 'irene-a', 'PENDING', 'draft', null),
					gitHubReview(919, 38, 'mallory', 'APPROVED', '', day(26)),
				],
			},
			920: { pull: gitHubPull(920, { state: 'closed', merged: true }), reviews: [] },
		},
	};
}

/**
 * Gives each test of the calling file a fresh scenario: GitHub's data, a fake GitHub serving it and a
 * scratch copy of the fixture to sync into (closed after the test). Read `github`, `data` and `root`
 * inside a test, not at the top of the file.
 */
export function useGitHubScenario() {
	let github: FakeGitHub | undefined;
	let data: FakeRepository | undefined;
	let root: string | undefined;
	beforeEach(async () => {
		data = githubScenario();
		github = await startFakeGitHub(data);
		root = scratchCopy();
	});
	afterEach(() => github?.close());
	const current = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error('the GitHub scenario is only there inside a test');
		return value;
	};
	const scenario = {
		get github() {
			return current(github);
		},
		get data() {
			return current(data);
		},
		get root() {
			return current(root);
		},
		settings: (overrides: Partial<SyncSettings> = {}): SyncSettings => ({
			apiUrl: scenario.github.url,
			token: 'test-token',
			owner: 'margo',
			repo: 'specification',
			timeoutMs: 5_000,
			...overrides,
		}),
		sync: (overrides: Partial<SyncSettings> = {}) => syncDecisions(scenario.root, scenario.settings(overrides)),
		/** The snapshot folder the sync writes. */
		folder: () => join(scenario.root, 'content/decisions/github'),
		/** Every snapshot file by name, with its text. */
		snapshotFiles: () =>
			Object.fromEntries(
				readdirSync(scenario.folder())
					.sort()
					.map((name) => [name, readFileSync(join(scenario.folder(), name), 'utf8')]),
			),
	};
	return scenario;
}

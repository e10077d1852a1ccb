import { expect, test } from 'vitest';
import type { PullSnapshot, TrackerSnapshot } from './snapshot.ts';
import { issueStateWarning, trackerResponses, type GitHubSnapshots } from './tracker-github.ts';

const approvers = [
	{ id: 'ada', name: 'Ada', github: 'Ada-Lovelace' },
	{ id: 'bob', name: 'Bob', github: null },
];

const issueSnapshot = (number: number): TrackerSnapshot => ({
	$comment: '',
	tracker: 'DT-001',
	repository: 'o/r',
	issue: {
		number,
		title: 't',
		state: 'closed',
		url: `https://github.com/o/r/issues/${number}`,
		labels: [],
		createdAt: '2024-08-20T09:00:00Z',
		closedAt: '2024-09-01T09:00:00Z',
	},
	commands: [
		{
			id: 1,
			author: 'ada-lovelace',
			url: 'https://github.com/o/r/issues/42#issuecomment-1',
			createdAt: '2024-08-23T10:00:00Z',
			updatedAt: '2024-08-23T10:00:00Z',
			body: '/approve',
		},
		{
			id: 2,
			author: 'mallory',
			url: 'https://github.com/o/r/issues/42#issuecomment-2',
			createdAt: '2024-08-23T10:00:00Z',
			updatedAt: '2024-08-23T10:00:00Z',
			body: '/reject no',
		},
	],
});

const pull: PullSnapshot = {
	$comment: '',
	repository: 'o/r',
	pullRequest: { number: 919, title: 'p', state: 'open', merged: false, url: 'https://github.com/o/r/pull/919' },
	reviews: [
		{
			id: 5,
			author: 'ada-lovelace',
			state: 'APPROVED',
			url: 'https://github.com/o/r/pull/919#pullrequestreview-5',
			submittedAt: '2024-08-24T10:00:00Z',
			body: '',
		},
	],
};

const snapshots = (number = 42): GitHubSnapshots => ({
	trackers: new Map([['DT-001', issueSnapshot(number)]]),
	pulls: new Map([[919, pull]]),
});
const tracker = {
	id: 'DT-001',
	status: 'open' as const,
	issue: 42,
	pullRequests: [919],
	responses: [{ approver: 'bob', response: 'abstain' as const, date: '2024-08-22' }],
};

test('merges the synced commands with the file, and gathers what the page shows', () => {
	const result = trackerResponses(tracker, approvers, snapshots());
	expect(result.responses.map((r) => `${r.approver} ${r.response} ${r.source}`)).toEqual(['bob abstain file', 'ada approve github']);
	expect(result.github).toMatchObject({ issue: 42, state: 'closed', synced: true, ignored: [{ login: 'mallory' }], problems: [] });
	expect(result.github?.warning).toContain('Issue #42 is closed on GitHub');
	expect(result.reviews.map((r) => r.label)).toEqual(['approved #919']);
});

test('ignores a snapshot of another issue and says the tracker is not synced', () => {
	const result = trackerResponses(tracker, approvers, snapshots(41));
	expect(result.responses.map((r) => r.source)).toEqual(['file']);
	expect(result.github).toMatchObject({ issue: 42, synced: false, url: undefined, warning: undefined });
});

test('has no GitHub part for a tracker without `issue:`, but still shows its reviews', () => {
	const result = trackerResponses({ ...tracker, issue: undefined }, approvers, snapshots());
	expect(result.github).toBeUndefined();
	expect(result.reviews).toHaveLength(1);
});

test('warns when the issue is closed while the tracker is still open', () => {
	expect(issueStateWarning('open', { number: 43, state: 'closed' })).toBe(
		'Issue #43 is closed on GitHub, but this tracker is still open for review: record the outcome in the tracker, or reopen the issue.',
	);
	expect(issueStateWarning('draft', { number: 43, state: 'closed' })).toContain('still draft');
});

test('warns when the tracker is decided while the issue is still open', () => {
	expect(issueStateWarning('approved', { number: 42, state: 'open' })).toBe(
		"This tracker is approved, but issue #42 is still open on GitHub: close the issue, or correct the tracker's status.",
	);
});

test('says nothing when they agree', () => {
	expect(issueStateWarning('final-review', { number: 42, state: 'open' })).toBeUndefined();
	expect(issueStateWarning('rejected', { number: 42, state: 'closed' })).toBeUndefined();
	expect(issueStateWarning('draft', { number: 42, state: 'open' })).toBeUndefined();
});

import { expect, test } from 'vitest';
import type { PullSnapshot, TrackerSnapshot } from './snapshot.ts';
import { trustedUrls } from './trusted-snapshot.ts';

const tracker: TrackerSnapshot = {
	$comment: '',
	tracker: 'DT-001',
	repository: 'margo/specification',
	issue: {
		number: 42,
		title: 't',
		state: 'open',
		url: 'javascript:alert(1)',
		labels: [],
		createdAt: '2024-08-01T10:00:00Z',
		closedAt: null,
	},
	commands: [
		{
			id: 7,
			author: 'a',
			url: 'https://evil.example/x',
			createdAt: '2024-08-01T10:00:00Z',
			updatedAt: '2024-08-01T10:00:00Z',
			body: '/approve',
		},
		{
			id: 8,
			author: 'b',
			url: 'https://github.com/margo/specification/issues/42#issuecomment-8',
			createdAt: '2024-08-01T10:00:00Z',
			updatedAt: '2024-08-01T10:00:00Z',
			body: '/approve',
		},
	],
};

const pull: PullSnapshot = {
	$comment: '',
	repository: 'margo/specification',
	pullRequest: { number: 919, title: 't', state: 'open', merged: false, url: 'data:text/html,x' },
	reviews: [{ id: 3, author: 'a', state: 'APPROVED', url: 'javascript:void(0)', submittedAt: null, body: '' }],
};

test('replaces each address of a hand-edited snapshot that is not on the GitHub host by the one GitHub gives it', () => {
	const trusted = trustedUrls('https://github.com/margo/specification');
	const t = trusted.tracker(tracker);
	expect(t.issue.url).toBe('https://github.com/margo/specification/issues/42');
	expect(t.commands.map((c) => c.url)).toEqual([
		'https://github.com/margo/specification/issues/42#issuecomment-7',
		'https://github.com/margo/specification/issues/42#issuecomment-8',
	]);
	const p = trusted.pull(pull);
	expect(p.pullRequest.url).toBe('https://github.com/margo/specification/pull/919');
	expect(p.reviews[0]!.url).toBe('https://github.com/margo/specification/pull/919#pullrequestreview-3');
});

test('keeps addresses on a GitHub Enterprise host named by the repository address, and refuses github.com there', () => {
	const trusted = trustedUrls('https://git.example.org/margo/spec');
	const t = trusted.tracker({ ...tracker, issue: { ...tracker.issue, url: 'https://git.example.org/margo/spec/issues/42' } });
	expect(t.issue.url).toBe('https://git.example.org/margo/spec/issues/42');
	expect(t.commands[1]!.url).toBe('https://git.example.org/margo/spec/issues/42#issuecomment-8');
});

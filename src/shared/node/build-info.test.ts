import { expect, test } from 'vitest';
import { parsePullRequest, pullRequestUrl, readBuildInfo } from './build-info.ts';

const now = new Date('2026-11-29T12:00:00Z');

test('marks a build as the preview of the pull request MARGO_PULL_REQUEST names', () => {
	const info = readBuildInfo(
		'.',
		{ MARGO_PULL_REQUEST: '919', MARGO_COMMIT: 'a'.repeat(40), MARGO_REPOSITORY: 'https://github.com/margo/specification' },
		now,
	);
	expect(info).toEqual({
		repository: 'https://github.com/margo/specification',
		branch: 'pre-draft',
		commit: 'a'.repeat(40),
		builtAt: '2026-11-29T12:00:00.000Z',
		pullRequest: 919,
	});
	expect(pullRequestUrl({ ...info, pullRequest: 919 })).toBe('https://github.com/margo/specification/pull/919');
});

test('reads no pull request when MARGO_PULL_REQUEST is unset or empty', () => {
	expect(readBuildInfo('.', { MARGO_COMMIT: 'b'.repeat(40) }, now)).not.toHaveProperty('pullRequest');
	expect(parsePullRequest('')).toBeUndefined();
	expect(parsePullRequest(' #12 ')).toBe(12);
});

test('rejects a MARGO_PULL_REQUEST that is not a number, saying how to fix it', () => {
	expect(() => parsePullRequest('feature/x')).toThrowErrorMatchingInlineSnapshot(
		`[Error: MARGO_PULL_REQUEST="feature/x" is not a pull request number. Set it to the number alone (MARGO_PULL_REQUEST=919; the Pages workflow sets it from github.event.pull_request.number), or leave it unset for a build that is not a preview.]`,
	);
	expect(() => parsePullRequest('0')).toThrow('is not a pull request number');
	expect(() => parsePullRequest('9.5')).toThrow('is not a pull request number');
});

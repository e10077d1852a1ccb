import { expect, test } from 'vitest';
import { loginKey, sameLogin, trustedGitHubUrl, webOrigin } from './github-identity.ts';
import { approverReviews } from './reviews.ts';
import { resolveCommands } from './resolve-commands.ts';

const jo = { id: 'jo', name: 'Jo Berkamp', github: 'joberkamp-margo' };
const kelvin = 'jober\u212Aamp-margo';

test('folds ASCII letters only, and gives a login with any other character no key', () => {
	expect(loginKey('Ada-Lovelace')).toBe('ada-lovelace');
	expect(loginKey(kelvin)).toBeUndefined();
	expect(loginKey('ada\u200Blovelace')).toBeUndefined();
	expect(sameLogin('joberKamp-margo', 'joberkamp-margo')).toBe(true);
	expect(sameLogin(kelvin, 'joberkamp-margo')).toBe(false);
	expect(kelvin.toLowerCase()).toBe('joberkamp-margo');
});

test('counts no command and no review of a login that equals an approver only by Unicode case folding', () => {
	const comment = { id: 1, author: kelvin, url: 'https://github.com/o/r/issues/1#issuecomment-1', body: '/approve' };
	const dated = { ...comment, createdAt: '2024-08-01T10:00:00Z', updatedAt: '2024-08-01T10:00:00Z' };
	const resolved = resolveCommands([dated], [jo]);
	expect(resolved.responses).toEqual([]);
	expect(resolved.ignored.map((i) => i.login)).toEqual([kelvin]);
	expect(resolveCommands([{ ...dated, author: 'JoberKamp-Margo' }], [jo]).responses.map((r) => r.approver)).toEqual(['jo']);
	const review = {
		id: 2,
		author: kelvin,
		state: 'APPROVED' as const,
		url: 'https://github.com/o/r/pull/9',
		submittedAt: '2024-08-02T10:00:00Z',
		body: '',
	};
	const pull = {
		$comment: '',
		repository: 'o/r',
		pullRequest: { number: 9, title: 't', state: 'open' as const, merged: false, url: 'https://github.com/o/r/pull/9' },
	};
	expect(approverReviews([{ ...pull, reviews: [review] }], [jo])).toEqual([]);
	expect(approverReviews([{ ...pull, reviews: [{ ...review, author: 'joberkamp-margo' }] }], [jo]).map((r) => r.approver)).toEqual(['jo']);
});

test.each([
	['https://github.com/margo/specification/issues/42#issuecomment-1', 'https://github.com/margo/specification/issues/42#issuecomment-1'],
	['http://github.com/margo/specification/pull/9', undefined],
	['javascript:alert(1)', undefined],
	['JavaScript://github.com/%0Aalert(1)', undefined],
	['data:text/html,<script>alert(1)</script>', undefined],
	['https://github.com.evil.example/x', undefined],
	['https://evil.example/?https://github.com/', undefined],
	['//github.com/x', undefined],
	['not a url', undefined],
])('links %s only when it is an http(s) address on the GitHub host', (url, expected) => {
	expect(trustedGitHubUrl(url, 'https://github.com')).toBe(expected);
});

test('links http: addresses of a GitHub host served over http', () => {
	expect(trustedGitHubUrl('http://127.0.0.1:9/o/r/pull/9', 'http://127.0.0.1:9')).toBe('http://127.0.0.1:9/o/r/pull/9');
});

test('takes the GitHub host from the repository address, github.com for owner/name', () => {
	expect(webOrigin('https://git.example.org/margo/spec')).toBe('https://git.example.org');
	expect(webOrigin('margo/specification')).toBe('https://github.com');
});

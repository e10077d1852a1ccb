import { HttpResponse, http } from 'msw';
import { describe, expect, test } from 'vitest';
import { SyncError } from '../../src/features/decisions/github/sync/sync.ts';
import { gitHubComment } from '../support/github-data.ts';
import { useGitHubScenario } from '../support/github-scenario.ts';

/**
 * Each fault GitHub (or the way to it) can produce stops `decisions:sync` with a message naming the
 * tracker and the request, after a first sync wrote the snapshot and GitHub changed since: the
 * files must stay byte-identical, although a successful sync would have rewritten them.
 */
const scenario = useGitHubScenario();
const { sync, snapshotFiles } = scenario;

describe('a fault stops the sync, names the tracker and the request, and changes no file', () => {
	const comments2 = '*/repos/margo/specification/issues/42/comments';
	const faults: [string, () => ReturnType<typeof http.get>, string][] = [
		[
			'a bad token (401)',
			() =>
				http.get('*/repos/margo/specification/issues/42', () =>
					HttpResponse.json({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }, { status: 401 }),
				),
			'DT-001: GET http://fake/repos/margo/specification/issues/42 failed: GitHub answered 401 Unauthorized: Bad credentials - https://docs.github.com/rest\n  fix: GITHUB_TOKEN is wrong or expired: set a valid token, or unset it to read a public repository anonymously',
		],
		[
			'a spent rate limit (403)',
			() =>
				http.get('*/repos/margo/specification/pulls/920', () =>
					HttpResponse.json(
						{ message: 'API rate limit exceeded' },
						{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1725962400' } },
					),
				),
			"DT-002: GET http://fake/repos/margo/specification/pulls/920 failed: GitHub's API rate limit is used up (403, x-ratelimit-remaining: 0); it resets at 2024-09-10T10:00:00.000Z\n  fix: run the sync again after the reset; with GITHUB_TOKEN set the limit is much higher than for anonymous requests",
		],
		[
			'a wrong issue (404)',
			() => http.get('*/repos/margo/specification/issues/43', () => HttpResponse.json({ message: 'Not Found' }, { status: 404 })),
			"DT-002: GET http://fake/repos/margo/specification/issues/43 failed: GitHub answered 404 Not Found: Not Found\n  fix: check MARGO_REPOSITORY and the tracker's `issue:` or `pullRequests:` numbers; a private repository also answers 404 without a token that can read it",
		],
		[
			'a dropped connection',
			() => http.get(comments2, () => HttpResponse.error()),
			'DT-001: GET http://fake/repos/margo/specification/issues/42/comments?per_page=100 failed: the request failed before any answer: other side closed\n  fix: check the network and GITHUB_API_URL, then run the sync again',
		],
		[
			'no answer in time',
			() => http.get('*/repos/margo/specification/pulls/919/reviews', () => new Promise<never>(() => {})),
			'DT-001: GET http://fake/repos/margo/specification/pulls/919/reviews?per_page=100 failed: no answer within 300 ms\n  fix: GitHub may be slow or unreachable; run the sync again later, or raise MARGO_SYNC_TIMEOUT_MS',
		],
		[
			'malformed JSON on the second page',
			() =>
				http.get(comments2, ({ request }) =>
					new URL(request.url).searchParams.get('page') === '2'
						? new HttpResponse('[{"id": 9, "body": ', { headers: { 'content-type': 'application/json; charset=utf-8' } })
						: undefined,
				),
			'DT-001: GET http://fake/repos/margo/specification/issues/42/comments?per_page=100&page=2 failed: the answer is not the JSON GitHub sends: "[{\\"id\\": 9, \\"body\\": "\n  fix: check that GITHUB_API_URL points at GitHub\'s REST API (for GitHub Enterprise: https://HOST/api/v3)',
		],
		[
			'JSON of the wrong shape',
			() =>
				http.get('*/repos/margo/specification/pulls/919', () =>
					HttpResponse.json({ number: 919, title: 'x', state: 'merged', html_url: 'https://github.com/x' }),
				),
			'DT-001: GET http://fake/repos/margo/specification/pulls/919 failed: the answer is not the JSON GitHub sends: at /state: Invalid option: expected one of "open"|"closed"\n  fix: check that GITHUB_API_URL points at GitHub\'s REST API (for GitHub Enterprise: https://HOST/api/v3)',
		],
	];

	test.each(faults)('%s', async (_name, handler, message) => {
		await sync();
		const before = snapshotFiles();
		// Changes a successful sync would write.
		scenario.data.issues[42]!.comments.push(gitHubComment(42, 11, 'gracehopper', '/reject Too late.', '2024-09-05T10:00:00Z'));
		scenario.data.issues[43]!.issue['title'] = 'Renamed';
		scenario.data.pulls[920]!.pull['title'] = 'Renamed';
		scenario.github.use(handler());
		const error = await sync({ timeoutMs: 300 }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(SyncError);
		expect((error as Error).message.replaceAll(scenario.github.url, 'http://fake')).toBe(message);
		expect(snapshotFiles()).toEqual(before);
	});
});

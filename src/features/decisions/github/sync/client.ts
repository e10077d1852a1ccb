import { Octokit } from '@octokit/rest';
import { malformed, offHost, requestLine, toRequestFault } from './request-fault.ts';
import type { SyncSettings } from './settings.ts';

export type GitHubClient = Octokit;

const quiet = () => {};

/**
 * An Octokit client for the sync: `GITHUB_API_URL` as base, `GITHUB_TOKEN` when set, a timeout
 * on every request, and every failure turned into a {@link RequestFault} that names the request.
 *
 * No throttling plugin: it would wait out a rate limit for up to an hour, where the sync should
 * stop at once and say when to try again. Requests are made one after another, as GitHub asks
 * of integrations to stay clear of its secondary rate limits.
 */
export function createGitHubClient(settings: Pick<SyncSettings, 'apiUrl' | 'token' | 'timeoutMs'>): GitHubClient {
	const octokit = new Octokit({
		baseUrl: settings.apiUrl,
		...(settings.token ? { auth: settings.token } : {}),
		userAgent: 'margo-spec-site decisions-sync',
		// A redirect is refused, never followed: fetch would resend the token to wherever it points.
		request: { redirect: 'manual' },
		// Failed requests are reported by the sync itself, with a fix; Octokit's own line would repeat them.
		log: { debug: quiet, info: quiet, warn: console.warn, error: quiet },
	});
	const origin = new URL(settings.apiUrl).origin;
	octokit.hook.wrap('request', async (request, options) => {
		// A timer of our own: Node's AbortSignal.timeout() did not fire while undici waited for
		// headers (seen on Node 22.23; undici's own limit is 300 s).
		const controller = new AbortController();
		let expired = false;
		const timer = setTimeout(() => {
			expired = true;
			controller.abort(new Error(`no answer within ${settings.timeoutMs} ms`));
		}, settings.timeoutMs);
		const signal = controller.signal;
		const url = octokit.request.endpoint(options).url;
		const line = requestLine(options.method, url);
		const timedOut = () => expired;
		try {
			// A `Link: rel="next"` is followed as an absolute URL, which GitHub's answer names.
			if (new URL(url).origin !== origin) throw offHost(line, url, origin);
			// Set on the options object itself: before-after-hook hands every inner hook (Octokit's
			// request log) the object it was given, not the one passed to `request()`.
			options.request = { ...options.request, signal };
			const response = await request(options);
			if (response.status >= 300 && response.status < 400) {
				const location = String(response.headers.location ?? '(no Location header)');
				throw offHost(line, location, origin, response.status);
			}
			// Octokit hands back the text of a JSON body it cannot parse instead of failing.
			if (typeof response.data === 'string' || response.data instanceof ArrayBuffer) {
				if (timedOut()) throw new Error('timed out reading the body');
				const text = typeof response.data === 'string' ? response.data : '(binary)';
				throw malformed(line, text ? `${JSON.stringify(text.slice(0, 60))}${text.length > 60 ? '…' : ''}` : 'an empty body');
			}
			return response;
		} catch (error) {
			throw toRequestFault(error, line, timedOut(), settings.timeoutMs);
		} finally {
			clearTimeout(timer);
		}
	});
	return octokit;
}

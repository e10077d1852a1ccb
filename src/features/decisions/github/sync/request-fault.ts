/**
 * Why a request to GitHub failed, said so a maintainer can act on it. Every fault stops the sync:
 * a partial snapshot would show responses as missing that were only unreadable.
 */
export type FaultKind =
	'off-host' | 'unauthorized' | 'rate-limited' | 'forbidden' | 'not-found' | 'network' | 'timeout' | 'malformed' | 'http';

export class RequestFault extends Error {
	override name = 'RequestFault';
	readonly kind: FaultKind;
	/** `GET https://api.github.com/repos/margo/specification/issues/42` */
	readonly request: string;
	readonly hint: string;
	constructor(kind: FaultKind, request: string, message: string, hint: string) {
		super(message);
		this.kind = kind;
		this.request = request;
		this.hint = hint;
	}
}

/** What Octokit's `RequestError` carries, read without depending on its package. */
interface HttpErrorLike {
	status: number;
	message: string;
	response?: { headers: Record<string, string | number | undefined> } | undefined;
	cause?: unknown;
}

function isHttpError(error: unknown): error is HttpErrorLike {
	return error instanceof Error && typeof (error as Partial<HttpErrorLike>).status === 'number';
}

/** `GET <url>` for a request, as faults name it. */
export const requestLine = (method: string, url: string) => `${method.toUpperCase()} ${url}`;

/**
 * Classifies an error thrown while requesting `request`. `timedOut` says whether the request's own
 * timeout fired (the error then is only an abort).
 */
export function toRequestFault(error: unknown, request: string, timedOut: boolean, timeoutMs: number): RequestFault {
	if (error instanceof RequestFault) return error;
	if (timedOut) {
		return new RequestFault(
			'timeout',
			request,
			`no answer within ${timeoutMs} ms`,
			'GitHub may be slow or unreachable; run the sync again later, or raise MARGO_SYNC_TIMEOUT_MS',
		);
	}
	if (!isHttpError(error) || !error.response) {
		// Octokit puts the cause's message (`connect ECONNREFUSED …`, `other side closed`) in its own.
		const cause = error instanceof Error ? error.message : String(error);
		return new RequestFault(
			'network',
			request,
			`the request failed before any answer: ${cause}`,
			'check the network and GITHUB_API_URL, then run the sync again',
		);
	}
	const { status } = error;
	const headers = error.response.headers;
	const said = error.message ? `: ${error.message}` : '';
	if (status === 401) {
		return new RequestFault(
			'unauthorized',
			request,
			`GitHub answered 401 Unauthorized${said}`,
			'GITHUB_TOKEN is wrong or expired: set a valid token, or unset it to read a public repository anonymously',
		);
	}
	if ((status === 403 || status === 429) && String(headers['x-ratelimit-remaining']) === '0') {
		const reset = Number(headers['x-ratelimit-reset']);
		const when =
			Number.isFinite(reset) && reset > 0 ? `it resets at ${new Date(reset * 1000).toISOString()}` : 'GitHub did not say when it resets';
		return new RequestFault(
			'rate-limited',
			request,
			`GitHub's API rate limit is used up (${status}, x-ratelimit-remaining: 0); ${when}`,
			'run the sync again after the reset; with GITHUB_TOKEN set the limit is much higher than for anonymous requests',
		);
	}
	if ((status === 403 || status === 429) && headers['retry-after'] !== undefined) {
		return new RequestFault(
			'rate-limited',
			request,
			`GitHub asks to slow down (${status}, secondary rate limit); retry after ${String(headers['retry-after'])} seconds`,
			'wait that long and run the sync again',
		);
	}
	if (status === 403) {
		return new RequestFault(
			'forbidden',
			request,
			`GitHub answered 403 Forbidden${said}`,
			"the token may lack read access to the repository's issues and pull requests; check its permissions",
		);
	}
	if (status === 404) {
		return new RequestFault(
			'not-found',
			request,
			`GitHub answered 404 Not Found${said}`,
			"check MARGO_REPOSITORY and the tracker's `issue:` or `pullRequests:` numbers; a private repository also answers 404 without a token that can read it",
		);
	}
	return new RequestFault(
		'http',
		request,
		`GitHub answered ${status}${said}`,
		'run the sync again later; if it persists, check https://www.githubstatus.com',
	);
}

/** A body that is not the JSON GitHub sends for `request`. */
export function malformed(request: string, detail: string): RequestFault {
	return new RequestFault(
		'malformed',
		request,
		`the answer is not the JSON GitHub sends: ${detail}`,
		"check that GITHUB_API_URL points at GitHub's REST API (for GitHub Enterprise: https://HOST/api/v3)",
	);
}

/**
 * An answer that sends the sync elsewhere: a `Link` to another origin than `GITHUB_API_URL`'s, or
 * a redirect (`status`), which is never followed, so the token is sent to no other host.
 */
export function offHost(request: string, target: string, origin: string, status?: number): RequestFault {
	const what = status === undefined ? `the answer links to ${target}` : `GitHub answered ${status}, a redirect to ${target}`;
	return new RequestFault(
		'off-host',
		request,
		`${what}; the sync talks only to ${origin} (GITHUB_API_URL) and follows no redirect, so it stopped`,
		'check GITHUB_API_URL and any proxy in between; a renamed repository answers with a redirect: set MARGO_REPOSITORY to its new name',
	);
}

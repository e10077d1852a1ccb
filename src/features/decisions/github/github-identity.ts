/**
 * Comparing what GitHub says with what the site trusts: logins with the approvers' GitHub IDs,
 * addresses with the configured GitHub host. Both come from GitHub (or from a snapshot file a pull
 * request may edit), so neither is taken as it stands.
 */

/**
 * The key a GitHub login is compared by: ASCII letters folded to lower case, nothing else
 * changed. GitHub logins are ASCII (letters, digits, hyphens) and case-insensitive; Unicode case
 * folding would make `joberKamp` with the Kelvin sign (U+212A) equal `joberkamp`, so a login with
 * any character outside printable ASCII has no key and matches no one.
 */
export function loginKey(login: string): string | undefined {
	if (!/^[\x21-\x7e]+$/.test(login)) return undefined;
	return login.replace(/[A-Z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 32));
}

/** Whether two logins name the same GitHub account (see {@link loginKey}). */
export function sameLogin(a: string, b: string): boolean {
	const key = loginKey(a);
	return key !== undefined && key === loginKey(b);
}

export const DEFAULT_WEB_ORIGIN = 'https://github.com';

/**
 * The origin GitHub's pages are served from, taken from the repository's address
 * (`MARGO_REPOSITORY`, `https://github.com/margo/specification` or a GitHub Enterprise host); the
 * short form `owner/name` means github.com.
 */
export function webOrigin(repository: string): string {
	if (!/^https?:\/\//i.test(repository)) return DEFAULT_WEB_ORIGIN;
	try {
		return new URL(repository).origin;
	} catch {
		return DEFAULT_WEB_ORIGIN;
	}
}

/**
 * `url` when it is an http(s) address on `origin` (GitHub's web origin), else `undefined`: an
 * `html_url` of `javascript:…`, `data:…` or another host is never shown as a link.
 */
export function trustedGitHubUrl(url: string | undefined, origin: string): string | undefined {
	if (url === undefined) return undefined;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
	return parsed.origin === origin ? parsed.href : undefined;
}

/**
 * The absolute URL of an incoming request, from its request target (RFC 9112 §3.2) and, for the
 * usual origin-form (`/path?query`), a Host header that must be a host and nothing else: a Host
 * carrying a path or a query (`127.0.0.1:4010/api/mock/reset?`) would otherwise choose the route.
 */

/** A host name or IPv4 address, or an IPv6 literal in brackets, and an optional port. */
const HOST =
	/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export type RequestTarget =
	| { kind: 'url'; url: string }
	/** `OPTIONS *`: a question about the server as a whole. */
	| { kind: 'server-wide' }
	| { kind: 'malformed'; detail: string };

export function requestTarget(method: string, target: string, host: string | undefined): RequestTarget {
	if (target === '*') {
		if (method === 'OPTIONS') return { kind: 'server-wide' };
		return { kind: 'malformed', detail: `The request target * is for OPTIONS only, not ${method}.` };
	}
	if (/^https?:\/\//i.test(target)) {
		// Absolute form: the target names the host, and a server ignores the Host header (RFC 9112 §3.2.2).
		const url = URL.parse(target);
		if (!url || !HOST.test(url.host)) return { kind: 'malformed', detail: `The request target ${target} is not a valid http URL.` };
		return { kind: 'url', url: url.href };
	}
	if (!target.startsWith('/')) {
		return { kind: 'malformed', detail: `The request target ${target} is neither a path (/…) nor an absolute http URL.` };
	}
	if (host === undefined || host === '') return { kind: 'malformed', detail: 'The request has no Host header; HTTP/1.1 requires one.' };
	if (!HOST.test(host)) {
		return { kind: 'malformed', detail: `The Host header ${JSON.stringify(host)} is not a host with an optional port (RFC 9110 §7.2).` };
	}
	const url = URL.parse(`http://${host}${target}`);
	if (!url) return { kind: 'malformed', detail: `The request target ${target} is not a valid path.` };
	return { kind: 'url', url: url.href };
}

/**
 * Stands in for `tldts` in the site's pages (see `integration.ts`). msw keeps an in-page cookie
 * jar (tough-cookie), which asks `tldts`, and so the whole public suffix list (125 KB of the
 * playground's JavaScript), for the registrable domain of each request's host. The mock sets no
 * cookie, and its requests go to the page's own host, where this answer and the list's agree:
 * none for an IP address or a single label such as `localhost`, else the last two labels. It
 * would differ only for a cookie set on a host under a multi-label suffix such as `co.uk`.
 */
export function getDomain(hostname: string): string | null {
	const host = hostname.replace(/\.$/, '').toLowerCase();
	if (host.includes(':') || /^[\d.]+$/.test(host)) return null;
	const labels = host.split('.');
	return labels.length < 2 ? null : labels.slice(-2).join('.');
}

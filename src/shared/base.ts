/**
 * The one base-path helper. The site may be served under a path (`MARGO_BASE=/specification/`,
 * as GitHub Pages serves a project site); every link, asset, export and mock URL is built from the
 * base with these functions, in build-time, page and browser code alike.
 */

/** A base path with one leading and one trailing slash: `specification` → `/specification/`. */
export function normalizeBase(base: string): string {
	const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The base of the running site: Astro's `import.meta.env.BASE_URL` in pages and browser code,
 * `/` where there is none (Node code outside Vite, which takes the base as an argument).
 */
export function siteBase(): string {
	return normalizeBase((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/');
}

/** A site path (`/decisions/`, `api/v1`) under the base: `/specification/decisions/`. */
export function withBase(path: string, base: string = siteBase()): string {
	return normalizeBase(base) + path.replace(/^\/+/, '');
}

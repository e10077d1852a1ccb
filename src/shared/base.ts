/**
 * The one base-path helper. The site may be served under any path (`/` locally, `/<repository>/`
 * on GitHub Pages, `/pr-919/` for a preview): the build reads it from `MARGO_BASE` through
 * {@link normalizeBase}, and every URL the site makes goes through {@link withBase}.
 * Imports nothing, so build-time (Node) and browser code share it.
 * Model: withastro/starlight `packages/starlight/utils/base.ts`.
 */

/**
 * Characters RFC 3986 allows in a path: unreserved, sub-delims, `:`, `@`, `/`, and `%` (checked
 * separately to start a percent-encoded byte).
 */
const PATH_CHARACTER = /[A-Za-z0-9\-._~!$&'()*+,;=:@/%]/;

/** Names a character for a message: a space or control character is invisible when quoted. */
function describe(character: string): string {
	const code = character.codePointAt(0) ?? 0;
	if (character === ' ') return 'a space';
	if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	return `"${character}"`;
}

/** Thrown for a base path that cannot be used; the message says what, where and how to fix it. */
class BasePathError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BasePathError';
	}
}

/**
 * The base path in the form the site uses everywhere: starts and ends with `/` (`/`, `/specification/`).
 * Adds a missing leading or trailing slash and collapses repeated slashes; an empty or missing value
 * means `/`. Throws a {@link BasePathError} for a full URL (`https://…`), a `.` or `..` segment, or
 * a character not allowed in a URL path (percent-encode it).
 *
 * @param value the configured base, e.g. `process.env['MARGO_BASE']`
 * @param source what to call the value in an error message
 */
export function normalizeBase(value: string | undefined, source = 'MARGO_BASE'): string {
	const raw = value?.trim() ?? '';
	const fix = `Set ${source} to a path such as /specification/ (letters, digits and - . _ ~ ! $ & ' ( ) * + , ; = : @ /; percent-encode anything else, e.g. %20 for a space), or leave it unset to serve the site at /.`;
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
		throw new BasePathError(
			`${source}="${raw}" is a URL, not a path: the base is only the path part. ${fix} The host goes in MARGO_SITE_URL.`,
		);
	}
	const characters = [...raw];
	for (const [index, character] of characters.entries()) {
		if (!PATH_CHARACTER.test(character)) {
			throw new BasePathError(
				`${source}="${raw}" has ${describe(character)} at position ${index + 1}, which is not allowed in a URL path. ${fix}`,
			);
		}
		if (character === '%' && !/^%[0-9A-Fa-f]{2}/.test(characters.slice(index, index + 3).join(''))) {
			throw new BasePathError(
				`${source}="${raw}" has a "%" at position ${index + 1} that does not start a percent-encoded byte (%XX). ${fix}`,
			);
		}
	}
	const segments = raw.split('/').filter((segment) => segment !== '');
	const dotted = segments.find((segment) => segment === '.' || segment === '..');
	if (dotted) throw new BasePathError(`${source}="${raw}" has a "${dotted}" segment, which browsers resolve away. ${fix}`);
	return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * The base of the running site, from Vite's `import.meta.env.BASE_URL` (pages, components and browser
 * scripts all see it), normalized to end in `/`. Outside Vite (a plain `node` script) it is `/`.
 */
export function siteBase(): string {
	// Read optionally: plain Node has no `import.meta.env`, and Node-only tsconfigs do not declare it.
	const env = (import.meta as ImportMeta & { env?: { BASE_URL?: string } }).env;
	return normalizeBase(env?.BASE_URL, 'the site base (import.meta.env.BASE_URL)');
}

/**
 * A site path with the base in front: `withBase('/decisions/')` is `/specification/decisions/` under
 * `/specification/`. The path may start with `/` or not; query and fragment are kept. Full URLs
 * (`https:`, `mailto:`, `//host`) and fragment-only links (`#x`) are returned unchanged.
 *
 * @param base defaults to {@link siteBase}; build-time code passes the normalized configured base
 */
export function withBase(path: string, base: string = siteBase()): string {
	if (isExternalOrFragment(path)) return path;
	return `${normalizeBase(base, 'the base')}${path.replace(/^\/+/, '')}`;
}

/** Whether a link leaves the site's path space: a scheme (`https:`, `mailto:`), `//host`, or only a `#fragment`. */
function isExternalOrFragment(link: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//') || link.startsWith('/\\') || link.startsWith('#');
}

/**
 * Whether a link is site-absolute (`/specification/onboarding/`), the form authors write and the
 * build prefixes with the base. Relative (`../x/`), protocol-relative (`//host/`), external and
 * fragment links are not.
 */
export function isSiteAbsolute(link: string): boolean {
	// Browsers read `/\host` like `//host`.
	return link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\');
}

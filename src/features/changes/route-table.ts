import { fileURLToPath } from 'node:url';
import type { FeatureRoute } from '#shared/node/routes.ts';

const entry = (file: string) => fileURLToPath(new URL(`./routes/${file}`, import.meta.url));

/** The comparison's pages, generated only when `MARGO_COMPARE_WITH` is set. */
export const CHANGES_ROUTES: readonly FeatureRoute[] = [
	{ pattern: '/changes', entrypoint: entry('index.astro') },
	{ pattern: '/changes.json', entrypoint: entry('changes.json.ts') },
	{ pattern: '/changes/pages/[...slug]', entrypoint: entry('page-diff.astro') },
];

/** Links to those pages; any page's word diff is accepted, as its page list is the comparison's. */
export function isChangesLink(link: string): boolean {
	const path = link.split(/[?#]/)[0] ?? link;
	return path === '/changes/' || path === '/changes' || path === '/changes.json' || path.startsWith('/changes/pages/');
}

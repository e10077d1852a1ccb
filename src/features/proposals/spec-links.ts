import { readDocPages, pageSlug } from '#shared/node/docs-pages.ts';
import { SPECIFICATION_REPOSITORY } from './repository.ts';

/**
 * Where a SUP's link to the specification leads on this site. SUPs live in another repository than
 * the specification, so they reach it by a relative path out of their folder (written against a
 * checkout beside the specification: `../../specification/system-design/onboarding.md`) or by the
 * specification repository's address on GitHub (`…/margo/specification/blob/main/src/…/onboarding.md`).
 * Either names a Markdown file whose path ends with a page's path under `content/docs/`: the page
 * whose path matches the most trailing segments wins.
 */
export function specPageFinder(root: string): (path: string) => string | undefined {
	// The home page (`index`) is no page of the specification a SUP would change.
	const pages = readDocPages(root)
		.filter((page) => page.slug !== 'index')
		.map((page) => ({ slug: page.slug, segments: pageSlug(page.docPath).split('/') }));
	return (path) => {
		if (!/\.mdx?$/i.test(path)) return undefined;
		const wanted = pageSlug(path.replace(/^(?:\.\.?\/)+/, '').replace(/(^|\/)readme(\.mdx?)$/i, '$1index$2')).split('/');
		let best: { slug: string; length: number } | undefined;
		for (const page of pages) {
			if (page.segments.length > wanted.length) continue;
			const tail = wanted.slice(wanted.length - page.segments.length);
			if (tail.join('/') === page.segments.join('/') && page.segments.length > (best?.length ?? 0))
				best = { slug: page.slug, length: page.segments.length };
		}
		return best?.slug;
	};
}

/** The file path in an address of the specification repository on GitHub (`blob` or `tree`), else `undefined`. */
export function specRepositoryPath(url: string): string | undefined {
	const prefix = `${SPECIFICATION_REPOSITORY}/`;
	if (!url.toLowerCase().startsWith(prefix.toLowerCase())) return undefined;
	const path = /^(?:blob|tree)\/[^/]+\/([^?#]+)/.exec(url.slice(prefix.length))?.[1];
	try {
		return path ? decodeURIComponent(path) : undefined;
	} catch {
		return undefined;
	}
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Attributes that make the browser fetch or go to a URL. */
const URL_ATTRIBUTE = /<(a|link|script|img|source|iframe|form)\b[^>]*?\s(href|src|action)="([^"]*)"/gi;
const ID_ATTRIBUTE = /\sid="([^"]*)"/g;

const decodeEntities = (value: string) =>
	value.replace(
		/&(amp|quot|#39|#x27|lt|gt);/g,
		(_, name: string) => ({ amp: '&', quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>' })[name] ?? '',
	);

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.replaceAll('\\', '/'))
		.sort();
}

/** The file a site path is served from, or `undefined` when there is none (`dir/` is `dir/index.html`). */
function fileOf(dir: string, path: string): string | undefined {
	const file = join(dir, decodeURIComponent(path));
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

/**
 * Every link of a built site that a visitor would find broken when the site is served under
 * `base`: links and assets outside the base (they only work at `/`), links to files the build did
 * not write, and `#anchors` missing from their page. Checks the HTML the build wrote, generated
 * pages included, so it also covers what the links validator does not see (raw HTML in content,
 * components, generated pages). Returns one line per problem: `page: link: what is wrong`.
 *
 * @param ignore site paths (after the base) that no file answers by design, e.g. `api/` (the mock)
 */
export function brokenBuiltLinks(dir: string, base: string, ignore: readonly string[] = []): string[] {
	const idsOf = new Map<string, Set<string>>();
	const ids = (file: string) => {
		let found = idsOf.get(file);
		if (!found)
			idsOf.set(file, (found = new Set([...readFileSync(file, 'utf8').matchAll(ID_ATTRIBUTE)].map((m) => decodeEntities(m[1] ?? '')))));
		return found;
	};
	const problems: string[] = [];
	for (const page of htmlFiles(dir)) {
		const pagePath = `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
		const html = readFileSync(join(dir, page), 'utf8');
		for (const match of html.matchAll(URL_ATTRIBUTE)) {
			const raw = decodeEntities(match[3] ?? '');
			if (raw === '' || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
			const url = new URL(raw, `http://site.invalid${pagePath}`);
			const report = (what: string) => problems.push(`${pagePath}: ${raw}: ${what}`);
			if (!url.pathname.startsWith(base)) {
				report(`is outside the base ${base}: write it with the base (in Markdown, as a Markdown link)`);
				continue;
			}
			const path = url.pathname.slice(base.length);
			if (ignore.some((prefix) => path.startsWith(prefix))) continue;
			const file = fileOf(dir, path);
			if (!file) report('no file of the build answers it');
			else if (url.hash && file.endsWith('.html') && !ids(file).has(decodeURIComponent(url.hash.slice(1)))) {
				report(`${relative(dir, file)} has no element with id "${decodeURIComponent(url.hash.slice(1))}"`);
			}
		}
	}
	return problems;
}

import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Organization } from '../approval-rule.ts';
import { utcDate } from '../countdown.ts';
import { buildRegister, type PageInfo, type TrackerView } from '../register.ts';
import { withBase } from '#shared/base.ts';
import info from 'virtual:margo/build-info';
import { trustedUrls } from '../github/trusted-snapshot.ts';

export interface LoadedRegister {
	register: TrackerView[];
	organizations: Organization[];
	entries: Map<string, CollectionEntry<'decisions'>>;
	/** The build's date, `YYYY-MM-DD` (UTC): what `daysLeft` counts from. */
	today: string;
	builtAt: Date;
}

let cached: Promise<LoadedRegister> | undefined;

/**
 * The decision register for pages and endpoints. A build reads it once, so every page and export
 * counts days from the same moment; `astro dev` reads it per request to show edits.
 */
export function loadRegister(): Promise<LoadedRegister> {
	if (cached && import.meta.env.PROD) return cached;
	cached = (async () => {
		const builtAt = new Date();
		const [decisions, organizationEntries, docs, [github]] = await Promise.all([
			getCollection('decisions'),
			getCollection('organizations'),
			getCollection('docs'),
			getCollection('githubSnapshots'),
		]);
		// Alphabetical: no member vendor is listed first because of where it sits in the file.
		const organizations = organizationEntries.map((entry) => entry.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));
		// Only pages that trackers name are rendered, for the text of the headings they point to.
		const named = new Set(decisions.flatMap((entry) => entry.data.affects.map((ref) => ref.split('#')[0])));
		const pages = new Map<string, PageInfo>();
		for (const doc of docs) {
			const headings = named.has(doc.id) ? (await render(doc)).headings : [];
			pages.set(doc.id, { title: doc.data.title, headings: new Map(headings.map((h) => [h.slug, h.text])) });
		}
		const today = utcDate(builtAt);
		const trusted = trustedUrls(info.repository);
		const register = buildRegister({
			trackers: decisions.map((entry) => entry.data),
			organizations,
			today,
			page: (slug) => pages.get(slug),
			github: {
				trackers: new Map((github?.data.trackers ?? []).map((snapshot) => [snapshot.tracker, trusted.tracker(snapshot)])),
				pulls: new Map((github?.data.pulls ?? []).map((snapshot) => [snapshot.pullRequest.number, trusted.pull(snapshot)])),
			},
		});
		return {
			register,
			organizations,
			entries: new Map(decisions.map((entry) => [entry.data.id, entry])),
			today,
			builtAt,
		};
	})();
	return cached;
}

/** A path of the site with the configured base: `href('decisions/dt-001/')`. */
export function href(path: string): string {
	return withBase(path);
}

/** Absolute URL of the site's base (`https://margo.example.org/`), for feeds and exports. */
export function siteBase(site: URL | undefined): string {
	return new URL(href(''), site ?? 'http://localhost/').href;
}

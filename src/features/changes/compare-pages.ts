import { splitFrontMatter } from '#shared/front-matter.ts';

/** A page of `content/docs/` on one side: its route, title and text without front matter. */
export interface PageText {
	slug: string;
	title: string;
	file: string;
	body: string;
}

export interface PageChange {
	/** URL path of the page below the base, without slashes around. */
	slug: string;
	title: string;
	change: 'added' | 'removed' | 'changed';
	file: string;
}

/** A page whose text changed, with both texts for its word diff page. */
export interface ChangedPageTexts {
	slug: string;
	title: string;
	before: string;
	after: string;
}

/** The body of a page: a change of front matter alone (an order in the sidebar) is no change of the text. */
export function pageText(file: string, slug: string, title: string, source: string): PageText {
	return { file, slug, title, body: splitFrontMatter(source)?.body ?? source };
}

/** Pages added, removed or changed, by route, in the order of the routes. */
export function comparePages(
	before: readonly PageText[],
	after: readonly PageText[],
): { changes: PageChange[]; texts: ChangedPageTexts[] } {
	const old = new Map(before.map((page) => [page.slug, page]));
	const next = new Map(after.map((page) => [page.slug, page]));
	const changes: PageChange[] = [];
	const texts: ChangedPageTexts[] = [];
	for (const slug of [...new Set([...old.keys(), ...next.keys()])].sort()) {
		const a = old.get(slug);
		const b = next.get(slug);
		if (a && b) {
			if (a.body.trim() === b.body.trim()) continue;
			changes.push({ slug, title: b.title, change: 'changed', file: b.file });
			texts.push({ slug, title: b.title, before: a.body, after: b.body });
		} else if (b) changes.push({ slug, title: b.title, change: 'added', file: b.file });
		else if (a) changes.push({ slug, title: a.title, change: 'removed', file: a.file });
	}
	return { changes, texts };
}

/** A decision tracker on one side: its id, title and status, read from its front matter. */
export interface TrackerState {
	id: string;
	title: string;
	status: string;
}

export interface DecisionChange {
	id: string;
	title: string;
	/** `null` when the tracker is new. */
	before: string | null;
	/** `null` when the tracker was deleted. */
	after: string | null;
}

/** A tracker's id, title and status from its text, or undefined when its front matter says none. */
export function trackerState(source: string): TrackerState | undefined {
	const data = splitFrontMatter(source)?.source.value as Record<string, unknown> | null | undefined;
	const { id, title, status } = data ?? {};
	if (typeof id !== 'string' || typeof status !== 'string') return undefined;
	return { id, title: typeof title === 'string' ? title : id, status };
}

/** Trackers whose status changed, new trackers and deleted ones, by id. */
export function compareDecisions(before: readonly TrackerState[], after: readonly TrackerState[]): DecisionChange[] {
	const old = new Map(before.map((tracker) => [tracker.id, tracker]));
	const next = new Map(after.map((tracker) => [tracker.id, tracker]));
	return [...new Set([...old.keys(), ...next.keys()])]
		.sort()
		.map((id) => ({ id, a: old.get(id), b: next.get(id) }))
		.filter(({ a, b }) => a?.status !== b?.status)
		.map(({ id, a, b }) => ({ id, title: b?.title ?? a?.title ?? id, before: a?.status ?? null, after: b?.status ?? null }));
}

import { readRegistry } from '#features/requirements/index.ts';
import type { LoadedProposal } from './load-proposals.ts';
import type { Stage } from './stage.ts';

/** A SUP as a specification page lists it. */
export interface PageProposal {
	slug: string;
	title: string;
	stage: Stage;
}

const OPEN: ReadonlySet<Stage> = new Set(['P1', 'P2', 'proposed']);

/**
 * The open SUPs (P1, P2, not yet placed) by the specification page (docs id) whose requirement
 * IDs they name, through the page of each ID prefix in `content/requirements.yaml`: what the
 * decisions feature lists under each page's title, beside open trackers.
 */
export function openProposalsByPage(root: string, proposals: readonly LoadedProposal[]): Record<string, PageProposal[]> {
	const pageOf = new Map(
		Object.entries(readRegistry(root).registry.prefixes).map(([page, prefix]) => [prefix, page.replace(/\.mdx?$/, '')]),
	);
	const byPage: Record<string, PageProposal[]> = {};
	for (const p of proposals.filter((p) => OPEN.has(p.stage))) {
		const pages = new Set(p.requirementIds.flatMap((id) => pageOf.get(id.split('-')[1] ?? '') ?? []));
		for (const page of pages) (byPage[page] ??= []).push({ slug: p.slug, title: p.title, stage: p.stage });
	}
	return byPage;
}

declare module 'virtual:margo/build-info' {
	const info: import('#shared/node/build-info.ts').BuildInfo;
	export default info;
}
declare module 'virtual:margo/git-dates' {
	/** ISO date of the newest commit of each content file, keyed by its path from the project root. */
	const dates: Record<string, string>;
	export default dates;
}
declare module 'virtual:margo/requirements' {
	/** Every normative statement of the specification pages, and the retired IDs. */
	const catalog: Pick<import('#features/requirements/catalog.ts').Catalog, 'requirements' | 'retired'>;
	export default catalog;
}
declare module 'virtual:margo/openapi-sources' {
	/** The project root (absolute) and its API documents, e.g. `openapi/margo-management-api.yaml`. */
	export const root: string;
	export const files: string[];
}
declare module 'virtual:margo/reference-highlights' {
	/** The code blocks of the API references that an earlier build highlighted (empty in `astro dev`). */
	export const highlighted: import('#features/api-reference/render/reference-highlight.ts').HighlightedBlock[];
}
declare module 'virtual:margo/figures' {
	/** The site's `content/` folder (absolute), whose SVG figures `/_figures/…` serves. */
	export const contentDir: string;
}
declare module 'virtual:margo/changes' {
	/** The comparison with `MARGO_COMPARE_WITH`, or `null` parts when the build made none. */
	const changes: import('#features/changes/integration.ts').ChangesModule;
	export default changes;
}
declare module 'virtual:margo/proposals-summary' {
	/**
	 * How many SUPs the site shows, the open ones by the specification page whose requirement IDs
	 * they name, and every SUP as the decision exports list it.
	 */
	const summary: {
		count: number;
		byPage: Record<string, { slug: string; title: string; stage: string }[]>;
		items: import('#features/decisions/exports/proposal-items.ts').ProposalItem[];
	};
	export default summary;
}

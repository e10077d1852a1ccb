import { featurePlugin, type Feature } from '#shared/node/feature.ts';
import type { Problem } from '#shared/problems.ts';
import type { Comparison } from './compare.ts';
import { changesIntegration } from './integration.ts';
import { isChangesLink } from './route-table.ts';

/**
 * What a change changes: with `MARGO_COMPARE_WITH=<ref>`, the build compares the working tree with
 * that commit (requirements, API documents, pages, decision trackers) and shows it at `/changes/`,
 * `/changes.json` and in a pull request's preview notice. Without it the site is unchanged.
 */
export function changesFeature(root: string, ref: string | undefined = process.env['MARGO_COMPARE_WITH']): Feature {
	const wanted = ref?.trim() ? ref.trim() : undefined;
	let result: Promise<{ comparison: Comparison; problems: Problem[] }> | undefined;
	// Loaded only for a build that compares: the comparer is not needed otherwise.
	const compare = wanted ? () => (result ??= import('./compare.ts').then(({ compareWithRef }) => compareWithRef(root, wanted))) : undefined;
	return {
		plugin: featurePlugin('margo:changes', { integrations: [changesIntegration(compare)] }),
		...(wanted ? { sidebar: { reference: [{ label: 'What this change changes', link: '/changes/' }] } } : {}),
		isGeneratedLink: (link) => wanted !== undefined && isChangesLink(link),
	};
}

import { fileURLToPath } from 'node:url';
import { featurePlugin, type Feature } from '#shared/node/feature.ts';
import { proposalsIntegration } from './integration.ts';
import { buildProposals } from './build-proposals.ts';
import { resolveProposalsDir } from './source/proposals-dir.ts';
import { readProposals } from './source/read-proposals.ts';
import { proposalLinkChecker } from './route-table.ts';

// `npm run decisions:sync` reads the SUPs' pull requests with the trackers'.
export { proposalPullSnapshots } from './sync-pulls.ts';

/**
 * Specification Update Proposals, the working group's decision register: the SUPs of a folder
 * laid out like `margo/specification-enhancements` (`MARGO_PROPOSALS_DIR`, default
 * `content/proposals/`), read in place, with a page each, the register `/proposals/` and
 * `/proposals.json`.
 */
export function proposalsFeature(root: string): Feature {
	// Only the slugs, for the links validator: the Markdown is read (and its parser loaded) by the integration.
	const dir = resolveProposalsDir(root);
	const slugs = dir ? buildProposals({ read: readProposals(dir), label: dir.label, pulls: new Map() }).proposals.map((p) => p.slug) : [];
	return {
		plugin: featurePlugin('margo:proposals', {
			integrations: [proposalsIntegration()],
			css: [fileURLToPath(new URL('./proposals.css', import.meta.url))],
		}),
		sidebar: slugs.length ? { decisions: [{ label: 'Update proposals (SUPs)', link: '/proposals/' }] } : {},
		isGeneratedLink: proposalLinkChecker(slugs),
		// SUPs are rendered by the site's pipeline: `> [!NOTE]` becomes an aside there as on spec pages.
		...(dir ? { markdownDirs: [dir.path] } : {}),
	};
}

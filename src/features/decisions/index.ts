import { fileURLToPath } from 'node:url';
import { featurePlugin, type Feature } from '#shared/node/feature.ts';
import { decisionsIntegration, readDecisionRoutes } from './integration.ts';
import { decisionLinkChecker } from './route-table.ts';

// What the proposals register shares with the trackers: the countdown's words, GitHub login
// comparison, and which reviews stand.
export { countdownLabel, daysLeft, formatDay, urgency, utcDate } from './countdown.ts';
export { shortTitle } from './short-title.ts';
export { sameLogin, trustedGitHubUrl, webOrigin } from './github/github-identity.ts';
export type { GitHubClient } from './github/sync/client.ts';
export type { ExtraSnapshots } from './github/sync/sync.ts';
export { malformed, requestLine } from './github/sync/request-fault.ts';
// What the proposals feature hands the feed, calendar and `/decisions.json` for each SUP.
export type { ProposalItem } from './exports/proposal-items.ts';

/**
 * Decision trackers: the checks of `content/decisions/` and `content/approvers.yaml`, the register's
 * pages and exports (`routes/`), and the status notice in the title of every page a tracker affects.
 */
export function decisionsFeature(root: string): Feature {
	return {
		plugin: featurePlugin('margo:decisions', {
			integrations: [decisionsIntegration()],
			components: {
				PageTitle: fileURLToPath(new URL('./components/PageTitle.astro', import.meta.url)),
				PageSidebar: fileURLToPath(new URL('./components/PageSidebar.astro', import.meta.url)),
			},
		}),
		sidebar: {
			decisions: [
				{ label: 'All trackers', link: '/decisions/' },
				{ label: 'How a decision is made', link: '/decisions/process/' },
				{ label: 'Approvers', link: '/decisions/approvers/' },
			],
		},
		isGeneratedLink: decisionLinkChecker(readDecisionRoutes(root)),
	};
}

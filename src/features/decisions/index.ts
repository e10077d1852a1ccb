import { fileURLToPath } from 'node:url';
import { featurePlugin, type Feature } from '#shared/feature.ts';
import { decisionsIntegration, readDecisionRoutes } from './integration.ts';
import { decisionLinkChecker } from './route-table.ts';

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

import type { AstroUserConfig } from 'astro';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { apiReferenceIntegration } from './api-reference.ts';
import { buildInfoIntegration } from './build-info.ts';
import { contentChecksIntegration } from './content-checks.ts';
import { decisionsIntegration, readDecisionRoutes } from './decisions.ts';
import { linksValidatorPlugin } from './links-validator.ts';
import { markdownConfig } from './markdown.ts';
import { isRequirementsIndexLink, requirementsIntegration } from './requirements.ts';
import { mockIntegration } from './mock.ts';
import { readBuildInfo } from '../lib/build-info.ts';
import { decisionLinkChecker } from '../lib/decision-routes.ts';
import { createSidebar } from './sidebar.ts';
import { generatedLinkChecker, referenceLinks } from './reference-links.ts';
import { sidebarWatchIntegration } from './sidebar-watch.ts';

/** Resolves a file of this project, so fixture sites with another root still find it. */
const own = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export interface SiteOptions {
	/** Project root: the folder holding `content/` and `openapi/`. */
	root: string;
	/**
	 * Check the API documents and the examples of the pages (default). Only the scale benchmark
	 * turns this off, to render a foreign document (GitHub's, OpenAPI 3.0) it does not own.
	 */
	apiChecks?: boolean;
}

/**
 * The whole site's configuration, shared by `astro.config.mjs` and the fixture sites in
 * `tests/fixtures/`, so a fixture builds exactly what the real site builds from other content.
 */
export function createSiteConfig({ root, apiChecks = true }: SiteOptions): AstroUserConfig {
	const info = readBuildInfo(root);
	return {
		root,
		site: process.env['MARGO_SITE_URL'] ?? 'https://margo.example.org',
		base: process.env['MARGO_BASE'] ?? '/',
		// The dev toolbar would add a script to every page; nothing here needs it.
		devToolbar: { enabled: false },
		markdown: markdownConfig(),
		integrations: [
			buildInfoIntegration(),
			contentChecksIntegration(),
			decisionsIntegration(),
			sidebarWatchIntegration(),
			apiReferenceIntegration({ checks: apiChecks }),
			mockIntegration(),
			requirementsIntegration(),
			starlight({
				title: 'Margo specification',
				description:
					'The Margo interoperability standard for edge applications, edge devices and workload orchestration: specification, decisions and API.',
				// Starlight links to `editLink.baseUrl + entry.filePath`; filePath starts at the project root.
				editLink: { baseUrl: `${info.repository}/edit/${info.branch}/` },
				lastUpdated: true,
				pagefind: true,
				social: [{ icon: 'github', label: 'Repository', href: info.repository }],
				customCss: [own('styles/site.css'), own('styles/requirements.css')],
				components: {
					Banner: own('components/site/SnapshotBanner.astro'),
					LastUpdated: own('components/site/LastUpdated.astro'),
					PageTitle: own('components/decisions/PageTitle.astro'),
				},
				sidebar: createSidebar(root, referenceLinks(root)),
				plugins: [linksValidatorPlugin([generatedLinkChecker(root), decisionLinkChecker(readDecisionRoutes(root)), isRequirementsIndexLink])],
			}),
		],
	};
}

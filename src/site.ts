import type { AstroUserConfig } from 'astro';
import starlight from '@astrojs/starlight';
import { apiReferenceFeature } from '#features/api-reference/index.ts';
import { changesFeature } from '#features/changes/index.ts';
import { decisionsFeature } from '#features/decisions/index.ts';
import { mkdocsImportFeature } from '#features/mkdocs-import/index.ts';
import { mockFeature } from '#features/mock/index.ts';
import { playgroundFeature } from '#features/playground/index.ts';
import { proposalsFeature } from '#features/proposals/index.ts';
import { requirementsFeature } from '#features/requirements/index.ts';
import { markdownConfig, siteFeature } from '#features/site/index.ts';
import { normalizeBase } from '#shared/base.ts';
import { readBuildInfo } from '#shared/node/build-info.ts';
import { prebundleIntegration } from '#shared/node/prebundle.ts';

export interface SiteOptions {
	/** Project root: the folder holding `content/` and `openapi/`. */
	root: string;
}

/**
 * The whole site's configuration, shared by `astro.config.mjs` and the fixture sites in
 * `tests/fixtures/`, so a fixture builds exactly what the real site builds from other content.
 * Each capability is a feature under `src/features/` shaped like a Starlight plugin; the order
 * here is the order of their sidebar entries.
 */
export function createSiteConfig({ root }: SiteOptions): AstroUserConfig {
	// `astro dev` would ask the npm registry for a newer Astro and print an upgrade notice: this project
	// upgrades through its lockfile, and nothing may call another host while a contributor works.
	process.env['ASTRO_DISABLE_UPDATE_CHECK'] ??= 'true';
	const info = readBuildInfo(root);
	// Checked here, so a bad MARGO_BASE stops the build before anything else with a message saying how to fix it.
	const base = normalizeBase(process.env['MARGO_BASE']);
	const features = [
		decisionsFeature(root),
		proposalsFeature(root),
		apiReferenceFeature(root),
		mockFeature(),
		playgroundFeature(),
		requirementsFeature(),
		mkdocsImportFeature(root),
		changesFeature(root),
	];
	return {
		root,
		site: process.env['MARGO_SITE_URL'] ?? 'https://margo.example.org',
		base,
		// The dev toolbar would add a script to every page; nothing here needs it.
		devToolbar: { enabled: false },
		markdown: markdownConfig(base, root),
		integrations: [
			starlight({
				title: 'Margo specification',
				description:
					'The Margo interoperability standard for edge applications, edge devices and workload orchestration: specification, decisions and API.',
				// Starlight links to `editLink.baseUrl + entry.filePath`; filePath starts at the project root.
				editLink: { baseUrl: `${info.repository}/edit/${info.branch}/` },
				lastUpdated: true,
				pagefind: true,
				// Starlight's Markdown plugins (asides `:::note`) transform only the pages of its docs
				// folder, `src/content/docs/` unless told: ours are in `content/docs/`, and features
				// render Markdown of other folders (proposals). Heading anchor links stay off, as the
				// pages were before this was set.
				markdown: { processedDirs: ['./content/docs', ...features.flatMap((feature) => feature.markdownDirs ?? [])], headingLinks: false },
				social: [{ icon: 'github', label: 'Repository', href: info.repository }],
				plugins: [...features.map((feature) => feature.plugin), ...siteFeature(root, features, base)],
			}),
			// The packages every feature's browser code imports, bundled together once per installation.
			prebundleIntegration({ name: 'client-deps', entries: features.flatMap((feature) => feature.clientPackages ?? []) }),
		],
	};
}

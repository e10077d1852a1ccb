import { featurePlugin, type Feature } from '#shared/node/feature.ts';
import { readImportedSidebars } from './imported-sidebar.ts';

/**
 * Specifications imported from MkDocs (`npm run import:mkdocs`, see `cli.ts`). The pages are
 * ordinary pages of `content/docs/`; what the feature adds to the site is their sidebar: each
 * import's sections in nav order under the nav labels, read from the import's manifest.
 */
export function mkdocsImportFeature(root: string): Feature {
	return {
		plugin: featurePlugin('margo:mkdocs-import', {}),
		contentGroups: readImportedSidebars(root).map(({ folder, label, items }) => ({ folder, label, items })),
	};
}

import { fileURLToPath } from 'node:url';
import { featurePlugin, type Feature } from '#shared/node/feature.ts';
import { requirementsIntegration } from './integration.ts';
import { isRequirementsIndexLink } from './route-table.ts';

// What other features use to give requirement IDs as `npm run req:ids` does (the MkDocs import).
export { planIds } from './ids.ts';
export { isSpecPageFile, loadCatalog, readRegistry } from './files.ts';
export { REGISTRY_FILE, updateRegistry } from './registry.ts';
export { scanMarkdown } from './scan.ts';
export { deriveParty, parseMarker, splitId } from './marker.ts';
export type { SpecPage } from './catalog.ts';
// What the comparison with a git ref (`features/changes`) reads both sides with.
export { buildCatalog, type Requirement } from './catalog.ts';
export { specPagesOf } from './files.ts';
export { parseRegistry } from './registry.ts';
export type { Keyword } from './normative-text.ts';

/**
 * Requirement IDs and the lexicon: the checks, the markup of normative statements and lexicon
 * terms in the pages, the requirements index and `/requirements.json`.
 */
export function requirementsFeature(): Feature {
	return {
		plugin: featurePlugin('margo:requirements', {
			integrations: [requirementsIntegration()],
			css: [fileURLToPath(new URL('./requirements.css', import.meta.url))],
		}),
		sidebar: { reference: [{ label: 'Requirements index', link: '/requirements/' }] },
		isGeneratedLink: isRequirementsIndexLink,
	};
}

import { fileURLToPath } from 'node:url';
import { featurePlugin, type Feature } from '#shared/feature.ts';
import { requirementsIntegration } from './integration.ts';
import { isRequirementsIndexLink } from './route-table.ts';

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

import { featurePlugin, type Feature } from '#shared/node/feature.ts';
import { apiReferenceIntegration } from './integration.ts';
import { generatedLinkChecker, referenceLinks } from './reference-links.ts';

/** The REST reference generated from `openapi/`: checks, reference pages, downloads and sidebar links. */
export function apiReferenceFeature(root: string): Feature {
	return {
		plugin: featurePlugin('margo:api-reference', { integrations: [apiReferenceIntegration()] }),
		sidebar: { reference: referenceLinks(root) },
		isGeneratedLink: generatedLinkChecker(root),
	};
}

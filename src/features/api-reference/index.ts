import { featurePlugin, type Feature } from '#shared/node/feature.ts';
import { apiReferenceIntegration } from './integration.ts';
import { generatedLinkChecker, referenceLinks } from './reference-links.ts';

export interface ApiReferenceOptions {
	/**
	 * Check the API documents and the examples of the pages (default). Only the scale benchmark
	 * turns this off, to render a foreign document it does not own.
	 */
	checks?: boolean;
}

/** The REST reference generated from `openapi/`: checks, reference pages, downloads and sidebar links. */
export function apiReferenceFeature(root: string, { checks = true }: ApiReferenceOptions = {}): Feature {
	return {
		plugin: featurePlugin('margo:api-reference', { integrations: [apiReferenceIntegration({ checks })] }),
		sidebar: { reference: referenceLinks(root) },
		isGeneratedLink: generatedLinkChecker(root),
	};
}

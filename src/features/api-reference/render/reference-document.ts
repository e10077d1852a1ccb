import type { ApiDocument } from '#shared/node/openapi/documents.ts';
import { PartStore } from './deferred-parts.ts';
import { renderReferencePage, type RenderedPage } from './reference-html.ts';
import type { ReferencePlan } from './reference-pages.ts';
import type { OperationContext } from './operation-html.ts';

/** Every page of one document's reference, and the parts they load when a reader opens them. */
export interface RenderedReference {
	pages: Map<string, RenderedPage>;
	parts: PartStore;
}

// The pages and the parts' JSON files are separate routes, and each part is found by rendering
// the pages that show it: the document is rendered once per build (and again in `astro dev` when
// its file changes, which gives a new `ApiDocument`), then each route takes its share.
const rendered = new WeakMap<ApiDocument, Map<string, RenderedReference>>();

/** All pages of a document's reference; `base` is the site's base path followed by `reference/`. */
export function renderReference(plan: ReferencePlan, base: string, highlight: OperationContext['highlight']): RenderedReference {
	const byBase = rendered.get(plan.document) ?? new Map<string, RenderedReference>();
	rendered.set(plan.document, byBase);
	const cached = byBase.get(base);
	if (cached) return cached;
	const parts = new PartStore(plan.pages.length > 1 ? 2 : 1);
	const pages = new Map(plan.pages.map((page) => [page.path, renderReferencePage(plan, page, base, highlight, parts)]));
	const result = { pages, parts };
	byBase.set(base, result);
	return result;
}

/** URL of the folder of a document's part files (`<shard>.json`). */
export const partsFolder = (base: string, id: string) => `${base}${id}/parts/`;

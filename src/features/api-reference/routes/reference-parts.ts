import type { APIRoute, GetStaticPaths } from 'astro';
import { files, root } from 'virtual:margo/openapi-sources';
import { siteBase } from '#shared/base.ts';
import { highlighted } from 'virtual:margo/reference-highlights';
import { loadApiDocument } from '#shared/node/openapi/documents.ts';
import { renderReference } from '../render/reference-document.ts';
import { planReference } from '../render/reference-pages.ts';
import { referenceHighlight } from '../render/reference-highlight.ts';

/**
 * `/reference/<id>/parts/<shard>.json`: the parts of a document's reference that load when a
 * reader opens them (nested fields, examples of a large document), grouped in shards of up to a
 * few hundred kilobytes, each part stored once (`render/deferred-parts.ts`).
 */
export const getStaticPaths = (async () => {
	const highlight = await referenceHighlight(highlighted);
	return files.flatMap((file) => {
		const plan = planReference(loadApiDocument(root, file));
		const { parts } = renderReference(plan, `${siteBase()}reference/`, highlight);
		return [...parts.shards()].map(([shard, entries]) => ({
			params: { doc: plan.document.id, shard },
			props: { body: JSON.stringify(entries) },
		}));
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['body'] as string, { headers: { 'content-type': 'application/json' } });

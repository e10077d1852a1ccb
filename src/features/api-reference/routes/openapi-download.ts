import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { files, root } from 'virtual:margo/openapi-sources';
import { loadApiDocument } from '#shared/openapi/documents.ts';

/**
 * Each API document as `/openapi/<id>.yaml` and `/openapi/<id>.json`: bundled (references to
 * other files inlined), so a download stands on its own. A self-contained YAML file is served
 * as written, comments included.
 */
export const getStaticPaths = (() =>
	files.flatMap((file) => {
		const { id, document } = loadApiDocument(root, file);
		const text = readFileSync(join(root, file), 'utf8');
		const selfContained = !/\$ref:\s*['"]?[^'"#\s]/.test(text) && /\.ya?ml$/.test(file);
		return [
			// Indented for reading, unless the document is large enough for the indent to matter.
			{
				params: { file: `${id}.json` },
				props: { body: JSON.stringify(document, null, text.length > 1e6 ? 0 : 2), type: 'application/json' },
			},
			{ params: { file: `${id}.yaml` }, props: { body: selfContained ? text : stringify(document), type: 'application/yaml' } },
		];
	})) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['body'] as string, { headers: { 'content-type': props['type'] as string } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { stringify } from 'yaml';
import { files, root } from 'virtual:margo/openapi-sources';
import { loadApiDocument, readApiDocument } from '#shared/node/openapi/documents.ts';

/**
 * Each API document as `/openapi/<id>.yaml` and `/openapi/<id>.json`, as written: the same
 * version and content, bundled (references to other files inlined) so a download stands on its
 * own; a self-contained file is served byte for byte in its own format, comments included. Beside
 * them `/openapi/<id>.3.1.json`, the OpenAPI 3.1 form the reference, "Try it" and the mock read
 * (upgraded from Swagger 2.0 or OpenAPI 3.0 when written in those).
 */
export const getStaticPaths = (() =>
	files.flatMap((file) => {
		const { id, source, original } = readApiDocument(root, file);
		const selfContained = !/"?\$ref"?\s*:\s*['"]?[^'"#\s]/.test(source.text);
		// Indented for reading, unless the document is large enough for the indent to matter.
		const json = (value: unknown) => JSON.stringify(value, null, source.text.length > 1e6 ? 0 : 2);
		const asWritten = (format: 'json' | 'yaml') =>
			selfContained && source.format === format ? source.text : format === 'json' ? json(original) : stringify(original);
		return [
			{ params: { file: `${id}.json` }, props: { body: asWritten('json'), type: 'application/json' } },
			{ params: { file: `${id}.yaml` }, props: { body: asWritten('yaml'), type: 'application/yaml' } },
			{ params: { file: `${id}.3.1.json` }, props: { body: json(loadApiDocument(root, file).document), type: 'application/json' } },
		];
	})) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['body'] as string, { headers: { 'content-type': props['type'] as string } });

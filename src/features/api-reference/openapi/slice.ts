import { isObject, resolvePointer, type Json, type JsonObject } from '#shared/openapi/json.ts';

/**
 * A document reduced to one operation and the components it reaches, so the interactive client
 * mounts in milliseconds even when the whole document is GitHub-sized (13 MB, 1,000+ operations),
 * which Scalar alone cannot render. Runs in the browser; no Node APIs.
 */
export function sliceOperation(document: JsonObject, path: string, method: string): JsonObject {
	const paths = isObject(document['paths']) ? document['paths'] : {};
	const item = paths[path];
	if (!isObject(item) || !isObject(item[method])) throw new Error(`The document has no operation ${method.toUpperCase()} ${path}`);
	const operation = item[method] as JsonObject;
	const sliceItem: JsonObject = { [method]: operation };
	for (const key of ['parameters', 'servers', 'summary', 'description']) if (key in item) sliceItem[key] = item[key] as Json;

	const components: Record<string, JsonObject> = {};
	const seen = new Set<string>();
	const visit = (value: Json | undefined): void => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (!isObject(value)) return;
		const ref = value['$ref'];
		if (typeof ref === 'string' && ref.startsWith('#/components/') && !seen.has(ref)) {
			seen.add(ref);
			const [, , kind, ...rest] = ref.split('/');
			const name = rest.join('/').replace(/~1/g, '/').replace(/~0/g, '~');
			if (kind && name) {
				const target = resolvePointer(document, ref);
				(components[kind] ??= {})[name] = target;
				visit(target);
			}
		}
		for (const [key, child] of Object.entries(value)) if (key !== '$ref') visit(child);
	};
	visit(sliceItem);

	const source = isObject(document['components']) ? document['components'] : {};
	// Security schemes are referenced by name, not by `$ref`: keep them all (they are few).
	if (isObject(source['securitySchemes'])) components['securitySchemes'] = source['securitySchemes'];
	const info = isObject(document['info']) ? document['info'] : {};
	const tags = Array.isArray(operation['tags']) ? operation['tags'] : [];
	const slice: JsonObject = {
		openapi: document['openapi'] ?? '3.1.1',
		// Without the document's long introduction: the page around the client already shows it.
		info: { title: info['title'] ?? 'API', version: info['version'] ?? '' },
		paths: { [path]: sliceItem },
		components,
	};
	for (const key of ['servers', 'security', 'jsonSchemaDialect']) if (key in document) slice[key] = document[key] as Json;
	if (Array.isArray(document['tags'])) slice['tags'] = document['tags'].filter((t) => isObject(t) && tags.includes(t['name'] as Json));
	return withoutRemoteImages(slice) as JsonObject;
}

/** Descriptions' images on other hosts become links, so the client requests nothing from them. */
function withoutRemoteImages(value: Json): Json {
	if (typeof value === 'string') {
		return value
			.replace(/!\[([^\]]*)\]\((https?:\/\/[^)\s]+)[^)]*\)/g, '[$1]($2)')
			.replace(/<img\b[^>]*\bsrc=["']?(https?:\/\/[^"'\s>]+)[^>]*>/gi, '<a href="$1">$1</a>');
	}
	if (Array.isArray(value)) return value.map(withoutRemoteImages);
	if (!isObject(value)) return value;
	return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withoutRemoteImages(child)]));
}

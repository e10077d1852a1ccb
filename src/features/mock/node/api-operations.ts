import { dereference, isObject, loadApiDocument, type Json, type JsonObject } from '#shared/node/openapi/documents.ts';
import type { OperationSpec } from '../core/request-validation.ts';

/** The API document the mock implements, relative to the project root. */
export const MOCK_API_DOCUMENT = 'openapi/margo-management-api.yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/**
 * What the mock needs of each operation of an API document, as plain JSON: method, path, whether
 * it needs a bearer token, whether its body is signed (`x-margo-signed`) and the request body
 * schema of each media type, dereferenced so a validator needs no resolver. Computed in Node (at
 * build time for the browser, at start for `npm run mock`) from the same document the reference
 * renders.
 */
function operationSpecs(document: JsonObject): OperationSpec[] {
	const paths = isObject(document['paths']) ? document['paths'] : {};
	const defaultSecurity = document['security'];
	const specs: OperationSpec[] = [];
	for (const [path, item] of Object.entries(paths)) {
		if (!isObject(item)) continue;
		for (const method of METHODS) {
			const operation = item[method];
			if (!isObject(operation)) continue;
			const security = (operation['security'] ?? defaultSecurity) as Json;
			const spec: OperationSpec = {
				operationId: String(operation['operationId'] ?? `${method} ${path}`),
				method: method.toUpperCase(),
				path,
				authenticated: Array.isArray(security) && security.length > 0,
				signed: operation['x-margo-signed'] === true,
			};
			const body = operation['requestBody'];
			if (isObject(body) && isObject(body['content'])) {
				spec.body = { required: body['required'] === true, content: {} };
				for (const [mediaType, media] of Object.entries(body['content'])) {
					if (!isObject(media) || !isObject(media['schema'])) continue;
					const ref = media['schema']['$ref'];
					spec.body.content[mediaType] = {
						name: typeof ref === 'string' ? ref.split('/').pop()! : 'request',
						schema: dereference(document, media['schema']) as JsonObject,
					};
				}
			}
			specs.push(spec);
		}
	}
	return specs;
}

/** Loads the mock's API document from the project and describes its operations. */
export function loadOperationSpecs(root: string): OperationSpec[] {
	return operationSpecs(loadApiDocument(root, MOCK_API_DOCUMENT).document);
}

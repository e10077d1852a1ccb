import { isObject, resolvePointer, type Json, type JsonObject } from '#shared/openapi/json.ts';
import type { DeviceNeed } from '#features/mock/browser.ts';

/**
 * Puts the browser device's own values into the one-operation slice Scalar's form is made from,
 * so the form shows what will be sent: its clientId (and deployment) in the path, its
 * certificate or client credentials in the body, and a "signed when sent" marker in the three
 * signing headers, whose real values depend on the final body and the time of sending.
 */

/** What a header to be signed shows in the form until the request is signed, just before sending. */
export const SIGNED_WHEN_SENT = '(signed when sent)';
export const SIGNING_HEADERS = ['content-digest', 'signature-input', 'signature'] as const;

export interface TryItValues {
	clientId?: string;
	clientSecret?: string;
	/** Base64 DER, as sent at onboarding. */
	certificate?: string;
	deploymentId?: string;
	digest?: string;
	/** Component names of the deployment, for status reports. */
	components?: string[];
}

/** How far the device must be for this operation, read from the operation itself. */
export function deviceNeed(slice: JsonObject, path: string, method: string): DeviceNeed {
	const operation = operationOf(slice, path, method);
	const security = (operation['security'] ?? slice['security'] ?? []) as Json[];
	if (path.includes('{deploymentId}')) return 'deployment';
	if (security.some((requirement) => isObject(requirement) && Object.keys(requirement).length > 0)) return 'token';
	if (operation['x-margo-signed'] === true || path.includes('{clientId}')) return 'client';
	if (JSON.stringify(operation['requestBody'] ? resolve(slice, operation['requestBody']) : null).includes('"certificate"'))
		return 'identity';
	return 'none';
}

/** A copy of `slice` whose parameters and body examples carry `values`. */
export function fillOperation(slice: JsonObject, path: string, method: string, values: TryItValues): JsonObject {
	const filled = structuredClone(slice);
	const item = (filled['paths'] as JsonObject)[path] as JsonObject;
	const operation = operationOf(filled, path, method);
	// The document's example identifiers, wherever they recur in its bodies, become the device's.
	const replaced = new Map<string, string>();
	const fillParameters = (parameters: Json | undefined) =>
		Array.isArray(parameters)
			? parameters.map((raw) => {
					const parameter = { ...(resolve(filled, raw) as JsonObject) };
					const name = String(parameter['name'] ?? '');
					const value = parameter['in'] === 'path' ? values[name as keyof TryItValues] : undefined;
					if (typeof value === 'string') {
						if (typeof parameter['example'] === 'string') replaced.set(parameter['example'], value);
						setExample(parameter, value);
					} else if (parameter['in'] === 'header' && (SIGNING_HEADERS as readonly string[]).includes(name.toLowerCase())) {
						setExample(parameter, SIGNED_WHEN_SENT);
					} else if (parameter['in'] === 'header' && parameter['required'] !== true) {
						// An optional header goes out only if the reader adds it: the document's example
						// `If-None-Match` would otherwise ask for a 304 with a made-up ETag.
						delete parameter['example'];
						delete parameter['examples'];
					}
					return parameter;
				})
			: parameters;
	if (item['parameters']) item['parameters'] = fillParameters(item['parameters']) as Json;
	if (operation['parameters']) operation['parameters'] = fillParameters(operation['parameters']) as Json;
	if (operation['requestBody']) {
		const body = structuredClone(resolve(filled, operation['requestBody'])) as JsonObject;
		for (const media of Object.values(isObject(body['content']) ? body['content'] : {})) {
			if (!isObject(media)) continue;
			if ('example' in media) media['example'] = fillBody(media['example'] ?? null, values, replaced);
			if (isObject(media['examples'])) {
				for (const [key, raw] of Object.entries(media['examples'])) {
					const example = { ...(resolve(filled, raw) as JsonObject) };
					example['value'] = fillBody(example['value'] ?? null, values, replaced);
					media['examples'][key] = example;
				}
			}
		}
		operation['requestBody'] = body;
	}
	return filled;
}

const BODY_KEYS: Partial<Record<string, keyof TryItValues>> = {
	certificate: 'certificate',
	client_id: 'clientId',
	client_secret: 'clientSecret',
	deploymentId: 'deploymentId',
};

function fillBody(value: Json, values: TryItValues, replaced: Map<string, string>): Json {
	if (typeof value === 'string') return replaced.get(value) ?? value;
	if (Array.isArray(value)) return value.map((entry) => fillBody(entry, values, replaced));
	if (!isObject(value)) return value;
	const copy: JsonObject = {};
	for (const [key, child] of Object.entries(value)) {
		const own = BODY_KEYS[key] ? values[BODY_KEYS[key]] : undefined;
		copy[key] = typeof own === 'string' ? own : fillBody(child, values, replaced);
	}
	// A status report names the deployment's own components, in its order.
	const names = values.components;
	const components = copy['components'];
	if (names?.length && typeof copy['deploymentId'] === 'string' && Array.isArray(components) && components.every(isObject)) {
		copy['components'] = names.map((name, index) => ({ ...(components[index] ?? components.at(-1) ?? {}), name }));
	}
	return copy;
}

function setExample(parameter: JsonObject, value: string): void {
	parameter['example'] = value;
	delete parameter['examples'];
}

function operationOf(slice: JsonObject, path: string, method: string): JsonObject {
	const item = (slice['paths'] as JsonObject | undefined)?.[path];
	const operation = isObject(item) ? item[method] : undefined;
	if (!isObject(operation)) throw new Error(`The slice has no operation ${method.toUpperCase()} ${path}`);
	return operation;
}

function resolve(document: JsonObject, value: Json): Json {
	return isObject(value) && typeof value['$ref'] === 'string' ? resolvePointer(document, value['$ref']) : value;
}

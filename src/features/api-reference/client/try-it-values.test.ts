import { expect, test } from 'vitest';
import type { JsonObject } from '#shared/openapi/json.ts';
import { loadApiDocument } from '#shared/node/openapi/documents.ts';
import { listOperations } from '#shared/openapi/operations.ts';
import { sliceOperation } from '../openapi/slice.ts';
import { deviceNeed, fillOperation, SIGNED_WHEN_SENT } from './try-it-values.ts';

const root = new URL('../../../../', import.meta.url).pathname;
const { document } = loadApiDocument(root, 'openapi/margo-management-api.yaml');
const slice = (path: string, method: string) => sliceOperation(document, path, method);
const operation = (filled: JsonObject, path: string, method: string) =>
	((filled['paths'] as JsonObject)[path] as JsonObject)[method] as JsonObject;
const parameters = (filled: JsonObject, path: string, method: string) =>
	[
		...((((filled['paths'] as JsonObject)[path] as JsonObject)['parameters'] ?? []) as JsonObject[]),
		...((operation(filled, path, method)['parameters'] ?? []) as JsonObject[]),
	].map((p) => [p['name'], p['example']]);
const bodyExamples = (filled: JsonObject, path: string, method: string) => {
	const content = (operation(filled, path, method)['requestBody'] as JsonObject)['content'] as Record<string, JsonObject>;
	return Object.values(content).flatMap((media) => Object.values(media['examples'] as Record<string, JsonObject>).map((e) => e['value']));
};

const values = {
	clientId: 'c-1',
	clientSecret: 's-1',
	certificate: 'MIIdevice',
	deploymentId: 'd-1',
	digest: 'sha256:abc',
	components: ['line-monitor'],
};

test('asks for as much of the device as each management operation needs, in lifecycle order', () => {
	const needs = listOperations(document).map((op) => `${op.operationId}: ${deviceNeed(slice(op.path, op.method), op.path, op.method)}`);
	expect(needs).toEqual([
		'getRootCaCertificate: none',
		'onboardDevice: identity',
		'requestAccessToken: client',
		'putDeviceCapabilities: token',
		'getDesiredStateManifest: token',
		'getApplicationDeployment: deployment',
		'postDeploymentStatus: deployment',
	]);
});

test("fills the path with the device's identifiers and marks the signing headers as signed when sent", () => {
	const path = '/clients/{clientId}/deployments/{deploymentId}/status';
	const filled = fillOperation(slice(path, 'post'), path, 'post', values);
	expect(parameters(filled, path, 'post')).toEqual([
		['clientId', 'c-1'],
		['deploymentId', 'd-1'],
		['Content-Digest', SIGNED_WHEN_SENT],
		['Signature-Input', SIGNED_WHEN_SENT],
		['Signature', SIGNED_WHEN_SENT],
	]);
	const [installing] = bodyExamples(filled, path, 'post') as JsonObject[];
	expect(installing).toMatchObject({ deploymentId: 'd-1', components: [{ name: 'line-monitor', state: 'installing' }] });
});

test("puts the device's certificate and credentials in the bodies, and its clientId wherever the example's recurs", () => {
	expect(bodyExamples(fillOperation(slice('/onboarding', 'post'), '/onboarding', 'post', values), '/onboarding', 'post')).toEqual([
		{ apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate: 'MIIdevice' },
	]);
	expect(bodyExamples(fillOperation(slice('/token', 'post'), '/token', 'post', values), '/token', 'post')).toEqual([
		{ grant_type: 'client_credentials', client_id: 'c-1', client_secret: 's-1' },
	]);
	const path = '/clients/{clientId}/capabilities';
	const [capabilities] = bodyExamples(fillOperation(slice(path, 'put'), path, 'put', values), path, 'put') as JsonObject[];
	expect(capabilities?.['properties']).toMatchObject({ id: 'c-1' });
});

test('leaves out optional headers, so the manifest is not asked for with a made-up ETag', () => {
	const path = '/clients/{clientId}/deployments';
	const filled = fillOperation(slice(path, 'get'), path, 'get', values);
	expect(parameters(filled, path, 'get')).toEqual([
		['clientId', 'c-1'],
		['If-None-Match', undefined],
	]);
	expect(JSON.stringify(slice(path, 'get'))).toContain('sha256:39cd8cc4');
});

import { expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadOperationSpecs } from '../node/api-operations.ts';
import { compileOperations } from './request-validation.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const operations = compileOperations(loadOperationSpecs(root));
const byId = (id: string) => operations.find((operation) => operation.operationId === id)!;

test('describes each operation of the API document with its auth, signature and body', () => {
	expect(
		operations.map(
			({ operationId, method, path, authenticated, signed }) => `${method} ${path} ${operationId} auth=${authenticated} signed=${signed}`,
		),
	).toMatchInlineSnapshot(`
		[
		  "GET /onboarding/certificate getRootCaCertificate auth=false signed=false",
		  "POST /onboarding onboardDevice auth=false signed=false",
		  "POST /token requestAccessToken auth=false signed=true",
		  "PUT /clients/{clientId}/capabilities putDeviceCapabilities auth=true signed=true",
		  "GET /clients/{clientId}/deployments getDesiredStateManifest auth=true signed=false",
		  "GET /clients/{clientId}/deployments/{deploymentId}/{digest} getApplicationDeployment auth=true signed=false",
		  "POST /clients/{clientId}/deployments/{deploymentId}/status postDeploymentStatus auth=true signed=true",
		]
	`);
	expect(Object.keys(byId('requestAccessToken').validators)).toEqual(['application/x-www-form-urlencoded']);
});

test('lists every failing field of a status report', async () => {
	const { validate, name } = byId('postDeploymentStatus').validators['application/json']!;
	expect(name).toBe('DeploymentStatus');
	const errors = await validate({
		apiVersion: 'margo.org/v1',
		kind: 'DeploymentStatus',
		deploymentId: 'not-a-uuid',
		status: { state: 'failed' },
		components: [{ name: 'a', state: 'Installed', extra: 1 }],
	});
	expect(errors).toMatchInlineSnapshot(`
		[
		  {
		    "detail": "Must be "margo.org/v1alpha1".",
		    "pointer": "/apiVersion",
		  },
		  {
		    "detail": "Must be a valid uuid.",
		    "pointer": "/deploymentId",
		  },
		  {
		    "detail": "A \`failed\` state needs an error.",
		    "pointer": "/status/error",
		  },
		  {
		    "detail": "This field is not part of the schema; remove it or check its spelling.",
		    "pointer": "/components/0/extra",
		  },
		  {
		    "detail": "Must be one of "pending", "installing", "installed", "failed", "removing", "removed".",
		    "pointer": "/components/0/state",
		  },
		]
	`);
});

test('accepts the installing example of the document', async () => {
	const { validate } = byId('postDeploymentStatus').validators['application/json']!;
	expect(
		await validate({
			apiVersion: 'margo.org/v1alpha1',
			kind: 'DeploymentStatus',
			deploymentId: 'a1d2c3b4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
			status: { state: 'installing' },
			components: [{ name: 'vision-inspection', state: 'installing' }],
		}),
	).toEqual([]);
});

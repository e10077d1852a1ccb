import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { ExampleChecker } from './example-check.ts';
import { scanCode } from './markdown-code.ts';
import { loadApiDocument, loadApiDocuments } from '#shared/node/openapi/documents.ts';
import { formatReport } from '#shared/problems.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const checker = new ExampleChecker(loadApiDocuments(root));
const check = (markdown: string) =>
	formatReport(
		'Examples',
		scanCode(markdown).blocks.flatMap((block) => checker.check('page.md', block)),
	);

test('accepts examples that match their schema, in JSON, YAML and an HTTP form body', () => {
	const page = [
		'```json schema=DesiredStateManifest',
		'{ "manifestVersion": 8, "deployments": [] }',
		'```',
		'```yaml schema=margo-management-api#TokenResponse',
		'access_token: abc',
		'token_type: Bearer',
		'expires_in: 60',
		'```',
		'```http schema=TokenRequest',
		'POST /api/v1/token HTTP/1.1',
		'Content-Type: application/x-www-form-urlencoded',
		'',
		'grant_type=client_credentials&client_id=dev-1&client_secret=s3cret',
		'```',
	].join('\n');
	expect(check(page)).toBe('Examples: 0 problems\n');
});

test('names the line and pointer of each field that contradicts the schema', () => {
	const page = [
		'Text.',
		'```json schema=DeploymentStatus',
		'{',
		'  "apiVersion": "margo.org/v1alpha1",',
		'  "kind": "DeploymentStatus",',
		'  "deploymentId": "a1d2c3b4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",',
		'  "status": { "state": "Failed" },',
		'  "components": [{ "name": "web", "state": "failed", "colour": "red" }]',
		'}',
		'```',
	].join('\n');
	expect(check(page)).toMatchInlineSnapshot(`
		"Examples: 3 problems

		page.md:7:15: /status/state: does not match DeploymentStatus: must be one of "pending", "installing", "installed", "failed", "removing", "removed" [examples/schema-mismatch]
		  fix: make the example and the schema agree: fix whichever contradicts the specification
		page.md:8:18: /components/0/error: does not match DeploymentStatus: required field is missing [examples/schema-mismatch]
		  fix: make the example and the schema agree: fix whichever contradicts the specification
		page.md:8:54: /components/0/colour: does not match DeploymentStatus: field is not allowed here [examples/schema-mismatch]
		  fix: make the example and the schema agree: fix whichever contradicts the specification"
	`);
});

test('reports an unknown schema name, an unsupported language and broken syntax', () => {
	const page = [
		'```json schema=DeviceCapability',
		'{}',
		'```',
		'```text schema=Problem',
		'x',
		'```',
		'```json schema=Problem',
		'{ "title": ',
		'```',
	].join('\n');
	expect(check(page)).toMatchInlineSnapshot(`
		"Examples: 3 problems

		page.md:1:1: \`schema=DeviceCapability\` names no schema of the API documents [examples/unknown-schema]
		  fix: use one of: ApplicationDeployment, Base64Certificate, CaCertificate, ClientId, ComponentStatus, ComposeComponent, ComposeDeploymentProfile, Cpu, DeploymentMetadata, DeploymentProfile, DeploymentSpec, DeploymentState, DeploymentStatus, DesiredStateManifest, DeviceCapabilities, DeviceProperties, DeviceResources, DeviceRole, Digest, FieldError, HelmComponent, HelmDeploymentProfile, ManifestEntry, NetworkInterface, OnboardingRequest, OnboardingResponse, OverallStatus, ParameterValue, Peripheral, Problem, Quantity, SignatureInput, StatusError, StringMap, TokenRequest, TokenResponse
		page.md:4:1: a \`text\` block cannot declare a schema [examples/unsupported-language]
		  fix: mark a \`json\`, \`yaml\` or \`http\` block
		page.md:8:12: the example is not valid JSON: Flow map must end with a } [examples/syntax]
		  fix: fix the syntax on that line"
	`);
});

test('keeps a bare schema name on the management API when another document defines the same name', () => {
	const fleet = loadApiDocument(fileURLToPath(new URL('../../../../tests/fixtures/api-v1-paths', import.meta.url)), 'openapi/fleet.yaml');
	const both = new ExampleChecker([...loadApiDocuments(root), fleet]);
	const [block] = scanCode(['```json schema=DesiredStateManifest', '{ "manifestVersion": 8, "deployments": [] }', '```'].join('\n')).blocks;
	expect(both.check('page.md', block!)).toEqual([]);
	const [named] = scanCode(
		['```json schema=fleet#DesiredStateManifest', '{ "manifestVersion": 8, "deployments": [] }', '```'].join('\n'),
	).blocks;
	expect(both.check('page.md', named!).map((problem) => `${problem.path} ${problem.message}`)).toEqual([
		'/bundle does not match DesiredStateManifest: required field is missing',
		'/settings does not match DesiredStateManifest: required field is missing',
		'/state does not match DesiredStateManifest: required field is missing',
	]);
});

test('refuses a bare schema name two other documents define, listing the candidates and the fix', () => {
	const fleet = loadApiDocument(fileURLToPath(new URL('../../../../tests/fixtures/api-v1-paths', import.meta.url)), 'openapi/fleet.yaml');
	const depot = { ...fleet, id: 'depot', file: 'openapi/depot.yaml' };
	const checker = new ExampleChecker([depot, fleet]);
	const page = ['Text.', '', '```json schema=Link', '{ "href": "/x" }', '```'].join('\n');
	expect(
		formatReport(
			'Examples',
			scanCode(page).blocks.flatMap((block) => checker.check('page.md', block)),
		),
	).toMatchInlineSnapshot(`
		"Examples: 1 problem

		page.md:3:1: \`schema=Link\` is defined by 2 API documents: depot, fleet [examples/ambiguous-schema]
		  fix: name the document: \`schema=depot#Link\` or \`schema=fleet#Link\`"
	`);
});

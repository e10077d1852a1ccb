import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { loadApiDocument } from '#shared/node/openapi/documents.ts';
import { listOperations } from '#shared/openapi/operations.ts';
import { renderOperation, serialise, type OperationContext } from './operation-html.ts';
import { PartStore } from './deferred-parts.ts';
import { renderSchema } from './schema-html.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const { document } = loadApiDocument(root, 'openapi/margo-management-api.yaml');
const ctx: OperationContext = {
	document,
	budget: 400,
	openDepth: 8,
	schemaHref: (name) => `#schema-${name}`,
	highlight: (code) => `<pre>${code.length}</pre>`,
	securityLabel: (name) => name,
};
const text = (html: string) =>
	html
		.replace(/<wbr>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');

test('lists operations with inherited parameters, signing and security', () => {
	const ops = listOperations(document);
	expect(ops.map((op) => `${op.method} ${op.path} ${op.signed ? 'signed' : '-'} [${op.security.join()}]`)).toEqual([
		'get /onboarding/certificate - []',
		'post /onboarding - []',
		'post /token signed []',
		'put /clients/{clientId}/capabilities signed [bearerToken]',
		'get /clients/{clientId}/deployments - [bearerToken]',
		'get /clients/{clientId}/deployments/{deploymentId}/{digest} - [bearerToken]',
		'post /clients/{clientId}/deployments/{deploymentId}/status signed [bearerToken]',
	]);
	const status = ops.find((op) => op.operationId === 'postDeploymentStatus')!;
	expect(status.parameters.map((p) => `${p['in']}:${p['name']}`)).toEqual([
		'path:clientId',
		'path:deploymentId',
		'header:Content-Digest',
		'header:Signature-Input',
		'header:Signature',
	]);
});

test('renders an operation with its badge, parameters, body, responses and examples', () => {
	const op = listOperations(document).find((o) => o.operationId === 'putDeviceCapabilities')!;
	const html = renderOperation(op, ctx);
	expect(html).toContain('id="op-putDeviceCapabilities"');
	expect(html).toContain('data-try="putDeviceCapabilities" hidden');
	const words = text(html);
	expect(words).toContain('PUT /clients/{clientId}/capabilities');
	expect(words).toContain('Signed body');
	expect(words).toContain('Content-Digest header required');
	expect(words).toContain('roles array of DeviceRole required');
	expect(words).toContain('Each item: One of Standalone Cluster , Cluster Leader , Cluster Worker , Standalone Device');
	expect(words).toContain('Kubernetes standalone cluster with a GPU');
	expect(html.match(/class="api-response"/g)).toHaveLength(5);
});

test('puts the request samples and response examples in a pane of tabs, the first of each shown', () => {
	const op = listOperations(document).find((o) => o.operationId === 'putDeviceCapabilities')!;
	const html = renderOperation(op, ctx);
	const pane = html.slice(html.indexOf('<details class="api-side"'), html.indexOf('<div class="api-op__more">'));
	const tabs = (group: string) =>
		[
			...pane.slice(pane.indexOf(`data-tabs="${group}"`)).matchAll(/role="tab" [^>]*aria-selected="(true|false)"[^>]*>(.*?)<\/button>/g),
		].map(([, selected, label]) => `${selected === 'true' ? '*' : ''}${text(label!).trim()}`);
	expect(tabs('sample').slice(0, 4)).toEqual(['*curl', 'JavaScript', 'Python', 'Go']);
	expect(text(pane)).toContain('npm run sign prints them');
	expect(pane.match(/role="tabpanel"[^>]*hidden/g)?.length).toBe(pane.match(/role="tabpanel"/g)!.length - 3);
	// Examples are in the pane, not below the schemas.
	expect(html.slice(html.indexOf('<div class="api-op__more">'))).not.toContain('Kubernetes standalone cluster with a GPU');
});

test('explains conditions and links a named schema once the row budget is spent', () => {
	const status = text(renderSchema({ $ref: '#/components/schemas/DeploymentStatus' }, ctx));
	expect(status).toContain('When state is failed , error is required');
	const tight = renderSchema({ $ref: '#/components/schemas/DeviceCapabilities' }, { ...ctx, budget: 2 });
	expect(tight).toContain('<a class="api-type-link" href="#schema-DeviceProperties">');
	expect(tight).not.toContain('modelNumber');
});

test('leaves the examples of a large document out of the page, to load when opened', () => {
	const op = listOperations(document).find((o) => o.operationId === 'putDeviceCapabilities')!;
	const store = new PartStore(2);
	const html = renderOperation(op, { ...ctx, deferExamples: true, parts: { store, schemaHref: ctx.schemaHref } });
	const examples = [
		...html.matchAll(/<details class="api-example api-more" data-part="([0-9a-f]{12})"><summary>[^<]+<\/summary><\/details>/g),
	];
	expect(examples.length).toBeGreaterThan(0);
	expect(html).not.toContain('<pre>');
	for (const [, id] of examples) expect(store.bodies.get(id!)).toMatch(/^<pre>\d+<\/pre>$/);
});

test('serialises examples as they travel: JSON, YAML and form bodies', () => {
	expect(serialise({ a: 1 }, 'application/json')).toEqual(['{\n  "a": 1\n}', 'json']);
	expect(serialise({ a: 1 }, 'application/yaml')).toEqual(['a: 1', 'yaml']);
	expect(serialise({ grant_type: 'client_credentials', client_id: 'x y' }, 'application/x-www-form-urlencoded')).toEqual([
		'grant_type=client_credentials&client_id=x+y',
		'text',
	]);
});

test('counts characters and items in the singular for one', async () => {
	const { rules } = await import('./schema-rules.ts');
	expect(rules({ minLength: 1, maxLength: 2, minItems: 1, maxItems: 3 })).toBe(
		'<p class="api-rules">At least 1 character · At most 2 characters · At least 1 item · At most 3 items</p>',
	);
});

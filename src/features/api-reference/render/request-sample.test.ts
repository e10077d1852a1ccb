import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { loadApiDocument } from '#shared/node/openapi/documents.ts';
import { listOperations } from '#shared/openapi/operations.ts';
import { requestSamples } from './request-sample.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const { document } = loadApiDocument(root, 'openapi/margo-management-api.yaml');
const operation = (id: string) => listOperations(document).find((op) => op.operationId === id)!;
const samples = (id: string) =>
	Object.fromEntries(requestSamples(document, operation(id), 'Signed: see npm run sign').map((s) => [s.language.id, s.code]));

test('generates curl, JavaScript, Python and Go samples of an operation, its path filled with examples', () => {
	const all = samples('getApplicationDeployment');
	expect(Object.keys(all)).toEqual(['curl', 'javascript', 'python', 'go']);
	expect(all['curl']).toMatchInlineSnapshot(`
		"curl https://wfm.example.com/api/v1/clients/3f6c2a9e-8b1d-4e57-a0c4-9d2e7b5f1a63/deployments/a1d2c3b4-5e6f-4a7b-8c9d-0e1f2a3b4c5d/sha256:51652dd5e430f44e5ed40da815047455fd3a755be3664d768dd904f0e92d9122 \\
		  --header 'Authorization: Bearer <token>'"
	`);
	expect(all['javascript']).toContain("fetch('https://wfm.example.com/api/v1/clients/");
	expect(all['python']).toContain('requests.get(');
	expect(all['go']).toContain('http.NewRequest("GET"');
});

test('shows the signing headers of a signed operation as placeholders, after a comment naming npm run sign', () => {
	const all = samples('requestAccessToken');
	expect(all['curl']).toMatch(/^# Signed: see npm run sign\ncurl https:\/\/wfm\.example\.com\/api\/v1\/token \\/);
	expect(all['go']).toMatch(/^\/\/ Signed: see npm run sign\n/);
	for (const name of ['Content-Digest', 'Signature-Input', 'Signature'])
		expect(all['curl']!.match(new RegExp(`'${name}: `, 'g'))).toHaveLength(1);
	expect(all['curl']).toContain("--header 'Signature: sig1=:<signature>:'");
	expect(all['curl']).toContain("--data-urlencode 'grant_type=client_credentials'");
});

test('percent-encodes what a shell would act on in a third-party server URL', () => {
	const hostile = { ...document, servers: [{ url: "https://api.example.com/v1/$(touch x);'a'" }] };
	const [curl] = requestSamples(hostile, operation('getRootCaCertificate'), '');
	expect(curl!.code.split('\n')[0]).toBe('curl https://api.example.com/v1/%24%28touch%20x%29%3B%27a%27/onboarding/certificate');
});

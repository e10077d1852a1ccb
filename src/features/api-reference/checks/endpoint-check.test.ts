import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { EndpointChecker } from './endpoint-check.ts';
import { scanCode } from './markdown-code.ts';
import { loadApiDocuments } from '#shared/node/openapi/documents.ts';
import { formatReport } from '#shared/problems.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const checker = new EndpointChecker(loadApiDocuments(root));
const check = (markdown: string) => {
	const { inline, blocks } = scanCode(markdown);
	return formatReport('Endpoints', checker.check('page.md', inline, blocks));
};

test('accepts endpoints of the document, in prose, tables and HTTP blocks', () => {
	const page = [
		'| `PUT /clients/{clientId}/capabilities` | `GET /onboarding/certificate` |',
		'Poll `GET /clients/{clientId}/deployments` and read `manifestVersion`.',
		'```http',
		'GET /api/v1/clients/3f6c/deployments/a1d2/sha256:5165 HTTP/1.1',
		'```',
	].join('\n');
	expect(check(page)).toBe('Endpoints: 0 problems\n');
});

test('names each endpoint the document lacks, with the line and a hint', () => {
	const page = [
		'Report with `POST /clients/{clientId}/deployment/{deploymentId}/status`.',
		'| `GET /token` |',
		'```http',
		'POST /deployments/a1d2/status HTTP/1.1',
		'```',
	].join('\n');
	expect(check(page)).toMatchInlineSnapshot(`
		"Endpoints: 3 problems

		page.md:1:13: POST /clients/{clientId}/deployment/{deploymentId}/status: no operation of the API documents has this method and path [endpoints/unknown]
		  fix: write the path relative to the base path /api/v1 exactly as the API defines it, e.g. one of: /onboarding, /token, /clients/{clientId}/deployments/{deploymentId}/status
		page.md:2:3: GET /token: the API documents define POST for this path, not GET [endpoints/unknown]
		  fix: use a method the API defines, or add the operation to the OpenAPI document
		page.md:4:1: POST /deployments/a1d2/status: no operation of the API documents has this method and path [endpoints/unknown]
		  fix: write the full path, starting with the base path /api/v1; POST paths: /api/v1/onboarding, /api/v1/token, /api/v1/clients/{clientId}/deployments/{deploymentId}/status"
	`);
});

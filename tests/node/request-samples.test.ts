import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadApiDocument } from '#shared/node/openapi/documents.ts';
import { listOperations } from '#shared/openapi/operations.ts';
import { requestSamples } from '../../src/features/api-reference/render/request-sample.ts';
import { startMockServer, type MockServer } from '../../src/features/mock/node/server.ts';
import { projectRoot } from '../support/run-astro.ts';

/**
 * The reference's request samples, run as a developer would copy them, against `npm run mock`
 * (the samples name the document's server, https://wfm.example.com/api/v1; the mock serves the
 * same API under the same path on 127.0.0.1).
 */
const run = promisify(execFile);
const { document } = loadApiDocument(projectRoot, 'openapi/margo-management-api.yaml');
const operations = listOperations(document);
let server: MockServer;

beforeAll(async () => {
	server = await startMockServer({ root: projectRoot, port: 0, host: '127.0.0.1' });
});
afterAll(() => server.close());

function sample(operationId: string, language: string): { code: string; documented: string[] } {
	const op = operations.find((o) => o.operationId === operationId)!;
	const found = requestSamples(document, op, 'signed').find((s) => s.language.id === language)!;
	return { code: found.code.replaceAll('https://wfm.example.com', server.url), documented: op.responses.map(([status]) => status) };
}

const env = { ...process.env, http_proxy: '', https_proxy: '', HTTP_PROXY: '', HTTPS_PROXY: '', ALL_PROXY: '' };

test.runIf(existsSync('/usr/bin/curl'))(
	'gets the documented status with each curl sample run in a shell',
	async () => {
		const statuses: string[] = [];
		for (const id of ['getRootCaCertificate', 'onboardDevice', 'getDesiredStateManifest']) {
			const { code, documented } = sample(id, 'curl');
			const { stdout } = await run('sh', ['-c', `${code} --silent --output /dev/null --write-out '%{http_code}'`], { env });
			expect(documented).toContain(stdout);
			statuses.push(`${id} ${stdout}`);
		}
		// Without a token, the device's manifest is refused as the document says.
		expect(statuses).toEqual(['getRootCaCertificate 200', 'onboardDevice 201', 'getDesiredStateManifest 401']);
	},
	30_000,
);

test('gets the documented status with the JavaScript sample run by Node', async () => {
	const { code } = sample('getRootCaCertificate', 'javascript');
	const { stdout } = await run(
		process.execPath,
		['--input-type=module', '-e', `const response = await ${code};\nconsole.log(response.status);`],
		{ env },
	);
	expect(stdout.trim()).toBe('200');
}, 30_000);

const hasRequests = spawnSync('python3', ['-c', 'import requests']).status === 0;

test.runIf(hasRequests)(
	'gets the documented status with the Python sample where requests is installed',
	async () => {
		const { code } = sample('getRootCaCertificate', 'python');
		const { stdout } = await run(
			'python3',
			['-c', code.replace('requests.get(', 'response = requests.get(') + '\nprint(response.status_code)'],
			{ env },
		);
		expect(stdout.trim()).toBe('200');
	},
	30_000,
);

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fileURLToPath } from 'node:url';
import { componentSchemas, loadApiDocument } from '../../../src/shared/node/openapi/documents.ts';
import { startMockServer, type MockServer } from '../../../src/features/mock/node/server.ts';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A settable clock for the mock, starting at a fixed time. */
export function testClock(start = Date.parse('2026-06-01T12:00:00Z')) {
	let now = start;
	return { now: () => now, advance: (seconds: number) => void (now += seconds * 1000) };
}

export async function startTestServer(
	clock: { now: () => number },
	options: { maxBodyBytes?: number } = {},
): Promise<MockServer & { api: string; control: string }> {
	const server = await startMockServer({ root, now: clock.now, ...options });
	return { ...server, close: server.close, api: server.url + server.mock.apiPath, control: server.url + server.mock.controlPath };
}

const schemas = componentSchemas(loadApiDocument(root, 'openapi/margo-management-api.yaml').document);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

/** Validation errors of `value` against a component schema of the API document (empty when valid). */
export function schemaErrors(name: string, value: unknown): string[] {
	const validate = ajv.compile(schemas[name]!);
	return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** Reads a problem details response and checks its shape against the document's Problem schema. */
export async function problem(response: Response) {
	expectContentType(response, 'application/problem+json');
	const body = (await response.json()) as {
		type: string;
		title: string;
		status: number;
		detail: string;
		instance: string;
		errors?: { pointer: string; detail: string }[];
		check?: string;
	};
	const errors = schemaErrors('Problem', body);
	if (errors.length > 0) throw new Error(`not a Problem: ${errors.join('; ')}`);
	if (body.status !== response.status) throw new Error(`status ${body.status} in the body, ${response.status} on the response`);
	return { ...body, kind: body.type.split('/').pop() };
}

export function expectContentType(response: Response, type: string): void {
	const given = response.headers.get('content-type') ?? '';
	if (!given.startsWith(type)) throw new Error(`expected ${type}, got ${given} (${response.status})`);
}

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { componentSchemas, dereference, listApiDocuments, loadApiDocument, loadApiDocuments } from './documents.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

function project(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'margo-openapi-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

test('lists the top-level documents of openapi/ and skips fragments in subfolders', () => {
	const dir = project({
		'openapi/b.json': '{"openapi":"3.1.1"}',
		'openapi/a.yaml': 'openapi: 3.1.1',
		'openapi/shared/common.yaml': 'x: 1',
		'openapi/notes.txt': 'not a document',
	});
	expect(listApiDocuments(dir)).toEqual(['openapi/a.yaml', 'openapi/b.json']);
	expect(listApiDocuments(join(dir, 'missing'))).toEqual([]);
});

test('inlines references to other files and keeps references inside the document', () => {
	const dir = project({
		'openapi/api.yaml': [
			'openapi: 3.1.1',
			'components:',
			'  schemas:',
			'    Local: { type: string }',
			"    Shared: { $ref: 'shared/common.yaml#/Thing' }",
			"    UsesLocal: { $ref: '#/components/schemas/Local' }",
		].join('\n'),
		'openapi/shared/common.yaml': "Thing: { type: object, properties: { part: { $ref: '#/Part' } } }\nPart: { type: integer }",
	});
	const { id, file, document } = loadApiDocument(dir, 'openapi/api.yaml');
	expect({ id, file }).toEqual({ id: 'api', file: 'openapi/api.yaml' });
	expect(document['components']).toEqual({
		schemas: {
			Local: { type: 'string' },
			Shared: { type: 'object', properties: { part: { type: 'integer' } } },
			UsesLocal: { $ref: '#/components/schemas/Local' },
		},
	});
});

test('dereferences with sibling overrides and leaves recursive references in place', () => {
	const document = {
		components: {
			schemas: {
				Id: { type: 'string', description: 'An id.' },
				Node: { type: 'object', properties: { id: { $ref: '#/components/schemas/Id', description: 'Node id.' }, child: { $ref: '#/components/schemas/Node' } } },
			},
		},
	};
	expect(dereference(document, { $ref: '#/components/schemas/Node' })).toEqual({
		type: 'object',
		properties: { id: { type: 'string', description: 'Node id.' }, child: { $ref: '#/components/schemas/Node' } },
	});
	expect(() => dereference(document, { $ref: '#/components/schemas/Missing' })).toThrow('Cannot resolve #/components/schemas/Missing');
});

test('exposes the management API schemas with every reference resolved', () => {
	const [api] = loadApiDocuments(root).filter((d) => d.id === 'margo-management-api');
	expect(api).toBeDefined();
	const schemas = componentSchemas(api!.document);
	for (const name of ['OnboardingRequest', 'OnboardingResponse', 'CaCertificate', 'TokenRequest', 'TokenResponse', 'DeviceCapabilities', 'DesiredStateManifest', 'ApplicationDeployment', 'DeploymentStatus', 'Problem']) {
		expect(schemas[name], name).toBeDefined();
	}
	expect(JSON.stringify(schemas)).not.toContain('$ref');
});

import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { loadApiDocument, type ApiDocument } from '#shared/node/openapi/documents.ts';
import { createHighlight } from '#shared/shiki.ts';
import { PartStore } from './deferred-parts.ts';
import { estimatePageBytes } from './page-size.ts';
import { renderReferencePage } from './reference-html.ts';
import { planReference, SPLIT_ABOVE, SPLIT_ABOVE_BYTES } from './reference-pages.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

/** A document of few operations that all return one large shared schema, as labelling APIs do. */
function heavy(operations: number, fields: number): ApiDocument {
	const properties = Object.fromEntries(
		Array.from({ length: fields }, (_, i) => [
			`field${i}`,
			{ type: 'string', description: `What the labeller wrote in the ${i}th box of the form, kept as it was typed.` },
		]),
	);
	const ref = { $ref: '#/components/schemas/Dataset' };
	const paths = Object.fromEntries(
		Array.from({ length: operations }, (_, i) => [
			`/datasets/${i}`,
			{
				get: {
					operationId: `getDataset${i}`,
					tags: ['Datasets'],
					responses: { '200': { description: 'The dataset.', content: { 'application/json': { schema: ref } } } },
				},
			},
		]),
	);
	return {
		id: 'labels',
		file: 'openapi/labels.yaml',
		document: {
			openapi: '3.1.1',
			info: { title: 'Labels', version: '1' },
			paths,
			components: { schemas: { Dataset: { type: 'object', properties } } },
		},
		version: { declared: '3.1.1', source: '3.1' },
	};
}

async function renderedBytes(api: ApiDocument): Promise<number[]> {
	const highlight = await createHighlight();
	const plan = planReference(api);
	const parts = new PartStore(plan.pages.length > 1 ? 2 : 1);
	return plan.pages.map((page) => JSON.stringify(renderReferencePage(plan, page, '/reference/', highlight, parts)).length);
}

test('estimates the size of a one-page reference from above, close to what the renderer writes', async () => {
	const api = loadApiDocument(root, 'openapi/margo-management-api.yaml');
	const plan = planReference(api);
	const [rendered] = await renderedBytes(api);
	const ratio = estimatePageBytes(api.document, plan.operations) / rendered!;
	expect(ratio).toBeGreaterThan(1);
	expect(ratio).toBeLessThan(1.5);
}, 60_000);

test('splits a document of fewer operations than the limit whose one page would pass 1 MB, into pages below it', async () => {
	const api = heavy(12, 300);
	const plan = planReference(api);
	expect(plan.operations.length).toBeLessThan(SPLIT_ABOVE);
	expect(estimatePageBytes(api.document, plan.operations)).toBeGreaterThan(SPLIT_ABOVE_BYTES);
	expect(plan.pages.map((page) => page.path)).toEqual(['labels', 'labels/datasets', 'labels/schemas']);
	for (const bytes of await renderedBytes(api)) expect(bytes).toBeLessThan(SPLIT_ABOVE_BYTES);
	expect(planReference(heavy(12, 20)).pages.map((page) => page.path)).toEqual(['labels']);
}, 60_000);

test('estimates the heavy document’s one page from above too, and that page does pass 1 MB', async () => {
	const api = heavy(12, 300);
	const split = planReference(api);
	const page = { path: 'labels', title: 'Labels', groups: split.groups, schemas: ['Dataset'], overview: true };
	const onePage = { ...split, pages: [page] };
	const rendered = JSON.stringify(renderReferencePage(onePage, page, '/reference/', await createHighlight(), new PartStore(1))).length;
	expect(rendered).toBeGreaterThan(SPLIT_ABOVE_BYTES);
	expect(estimatePageBytes(api.document, split.operations) / rendered).toBeLessThan(1.5);
}, 60_000);

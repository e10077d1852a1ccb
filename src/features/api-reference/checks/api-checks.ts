import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EndpointChecker } from './endpoint-check.ts';
import { ExampleChecker } from './example-check.ts';
import { splitFrontMatter } from '#shared/front-matter.ts';
import { scanCode } from './markdown-code.ts';
import { listApiDocuments, loadApiDocument, type ApiDocument } from '#shared/openapi/documents.ts';
import { lintApiDocument } from '../openapi/lint.ts';
import type { Problem } from '#shared/problems.ts';

/**
 * Every API check in one report: each document of `openapi/` (Redocly's linter and ours), then
 * the pages of `content/`: each example that declares `schema=` against its schema, and each
 * `METHOD /path` against the operations. Pages are checked against the documents that are sound.
 */
export async function checkApi(root: string): Promise<Problem[]> {
	const problems: Problem[] = [];
	const documents: ApiDocument[] = [];
	for (const file of listApiDocuments(root)) {
		const found = await lintApiDocument(root, file);
		problems.push(...found);
		if (!found.some((p) => p.code === 'openapi/yaml-syntax' || p.code === 'openapi/unsupported-version'))
			documents.push(loadApiDocument(root, file));
	}
	if (!documents.length) return problems;
	const examples = new ExampleChecker(documents);
	const endpoints = new EndpointChecker(documents);
	for (const file of globSync('content/**/*.{md,mdx}', { cwd: root }).sort()) {
		const text = readFileSync(join(root, file), 'utf8');
		const split = splitFrontMatter(text);
		const { blocks, inline } = scanCode(split ? split.body : text, split ? split.bodyLine : 1);
		for (const block of blocks) if ('schema' in block.meta) problems.push(...examples.check(file, block));
		problems.push(...endpoints.check(file, inline, blocks));
	}
	return problems;
}

import { existsSync, globSync, readFileSync } from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import { EndpointChecker } from './endpoint-check.ts';
import { ExampleChecker } from './example-check.ts';
import { splitFrontMatter } from '#shared/front-matter.ts';
import { scanCode } from './markdown-code.ts';
import { listApiDocuments, loadApiDocument, type ApiDocument } from '#shared/node/openapi/documents.ts';
import { CHECKS_FILE, readCheckLevels, UNREADABLE } from '../openapi/check-levels.ts';
import { lintApiDocument } from '../openapi/lint.ts';
import type { Problem } from '#shared/problems.ts';
import '../problem-codes.ts'; // declares the codes reported here, with their default fixes

/** Problems after which the document is not loaded at all. */
const NOT_LOADED = new Set([
	'openapi/yaml-syntax',
	'openapi/unsupported-version',
	'openapi/remote-ref',
	'openapi/ref-outside-openapi',
	'openapi/alias-limit',
	'openapi/too-deep',
]);

export interface ApiCheckReport {
	/** Problems that stop the build. */
	errors: Problem[];
	/** Problems of documents checked at `warn`: printed, and the build goes on. */
	warnings: Problem[];
}

/**
 * Every API check in one report: `openapi/checks.yaml`, each document of `openapi/` (Redocly's
 * linter and ours) at its check level, then the pages of `content/`: each example that declares
 * `schema=` against its schema, and each `METHOD /path` against the operations. Pages are checked
 * against the documents that are readable, and always strictly: they are the specification.
 */
export async function checkApi(root: string): Promise<ApiCheckReport> {
	const files = listApiDocuments(root);
	const checksPath = join(root, CHECKS_FILE);
	const levels = readCheckLevels(
		existsSync(checksPath) ? readFileSync(checksPath, 'utf8') : undefined,
		files.map((file) => basename(file, extname(file))),
	);
	const report: ApiCheckReport = { errors: [...levels.problems], warnings: [] };
	const documents: ApiDocument[] = [];
	for (const file of files) {
		const found = await lintApiDocument(root, file);
		const warn = levels.levelOf(basename(file, extname(file))) === 'warn';
		for (const problem of found) (warn && !UNREADABLE.has(problem.code) ? report.warnings : report.errors).push(problem);
		if (found.some((p) => NOT_LOADED.has(p.code))) continue;
		try {
			documents.push(loadApiDocument(root, file));
		} catch {
			// A reference to another file does not resolve: reported by the lint above.
		}
	}
	if (!documents.length) return report;
	const examples = new ExampleChecker(documents);
	const endpoints = new EndpointChecker(documents);
	for (const file of globSync('content/**/*.{md,mdx}', { cwd: root }).sort()) {
		const text = readFileSync(join(root, file), 'utf8');
		const split = splitFrontMatter(text);
		const { blocks, inline } = scanCode(split ? split.body : text, split ? split.bodyLine : 1);
		for (const block of blocks) if ('schema' in block.meta) report.errors.push(...examples.check(file, block));
		if (namesEndpoints(file)) report.errors.push(...endpoints.check(file, inline, blocks));
	}
	return report;
}

/**
 * Pages whose `METHOD /path` code must name an operation of the API documents: the specification
 * and every page of `content/docs/` but the guides about the site's tools (`contributing/`,
 * `reference/`), which also name the mock's own controls and example documents' paths. Trackers
 * and proposals may name endpoints that do not exist yet.
 */
function namesEndpoints(file: string): boolean {
	const path = file.split(sep).join('/');
	return path.startsWith('content/docs/') && !/^content\/docs\/(contributing|reference)\//.test(path);
}

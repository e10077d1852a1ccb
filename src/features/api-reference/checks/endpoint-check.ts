import type { FencedBlock, InlineCode } from './markdown-code.ts';
import type { ApiDocument } from '#shared/node/openapi/documents.ts';
import { isObject } from '#shared/openapi/json.ts';
import { METHODS } from '#shared/openapi/operations.ts';
import type { Problem } from '#shared/problems.ts';
import '../problem-codes.ts'; // declares the codes reported here, with their default fixes

/**
 * Checks that every endpoint a page names exists in an API document: inline code such as
 * `` `GET /clients/{clientId}/deployments` `` (written relative to the API's base path) and the
 * request line of an `http` block (`POST /api/v1/onboarding HTTP/1.1`, a concrete URL).
 */
export class EndpointChecker {
	private readonly endpoints: { method: string; template: string; pattern: RegExp; base: string }[] = [];

	constructor(documents: readonly ApiDocument[]) {
		for (const { document } of documents) {
			const base = basePath(document['servers']);
			for (const [template, item] of Object.entries(isObject(document['paths']) ? document['paths'] : {})) {
				const pattern = new RegExp(
					`^${template
						.split(/\{[^}]+\}/)
						.map(escapeRegExp)
						.join('[^/]+')}$`,
				);
				for (const method of METHODS)
					if (isObject(item) && item[method]) this.endpoints.push({ method: method.toUpperCase(), template, pattern, base });
			}
		}
	}

	/** Problems of a page's inline code and `http` blocks. */
	check(file: string, inline: readonly InlineCode[], blocks: readonly FencedBlock[]): Problem[] {
		const problems: Problem[] = [];
		for (const code of inline) {
			const match = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) (\/\S*)$/.exec(code.text);
			if (!match) continue;
			const [, method = '', path = ''] = match;
			const found = this.endpoints.filter((e) => e.template === path.split('?')[0]);
			problems.push(...this.verdict(file, code, method, path, found, 'template'));
		}
		for (const block of blocks) {
			if (block.lang !== 'http') continue;
			const match = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) (\S+) HTTP\/[\d.]+\s*$/.exec(block.body.split('\n')[0] ?? '');
			if (!match) continue;
			const [, method = '', target = ''] = match;
			const path = new URL(target, 'http://host').pathname;
			const found = this.endpoints.filter((e) => path.startsWith(`${e.base}/`) && e.pattern.test(path.slice(e.base.length)));
			problems.push(...this.verdict(file, { line: block.line + 1, column: 1 }, method, path, found, 'url'));
		}
		return problems;
	}

	private verdict(
		file: string,
		at: { line: number; column: number },
		method: string,
		path: string,
		found: typeof this.endpoints,
		kind: 'template' | 'url',
	): Problem[] {
		if (found.some((e) => e.method === method)) return [];
		const where = { code: 'endpoints/unknown' as const, file, line: at.line, column: at.column, path: `${method} ${path}` };
		if (found.length) {
			return [
				{
					...where,
					message: `the API documents define ${found.map((e) => e.method).join(', ')} for this path, not ${method}`,
					hint: 'use a method the API defines, or add the operation to the OpenAPI document',
				},
			];
		}
		const base = this.endpoints[0]?.base ?? '';
		const near = this.endpoints.filter((e) => e.method === method).map((e) => (kind === 'url' ? `${e.base}${e.template}` : e.template));
		const hint =
			kind === 'template'
				? `write the path relative to the base path ${base || '/'} exactly as the API defines it${near.length ? `, e.g. one of: ${near.join(', ')}` : ''}`
				: `write the full path, starting with the base path ${base || '/'}${near.length ? `; ${method} paths: ${near.join(', ')}` : ''}`;
		return [{ ...where, message: 'no operation of the API documents has this method and path', hint }];
	}
}

/** The path of the first server URL (`https://wfm.example.com/api/v1` → `/api/v1`). */
function basePath(servers: unknown): string {
	const url = Array.isArray(servers) && isObject(servers[0]) ? String(servers[0]['url'] ?? '') : '';
	const path = new URL(url.replace(/\{[^}]+\}/g, 'x'), 'http://host').pathname;
	return path.replace(/\/$/, '');
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

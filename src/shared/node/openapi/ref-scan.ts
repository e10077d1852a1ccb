import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Problem } from '../../problems.ts';
import { isExternalRef, refTarget } from './ref-containment.ts';
import { readSourceDocument, type SourceDocument } from '../../openapi/source-document.ts';

/**
 * Every `$ref` to another file in a document and in the files it references, checked against
 * the containment rule (`ref-containment.ts`) before anything else reads them, so that a refused
 * reference is reported where it is written (file, line, column) and no linter or loader ever
 * follows it. Referenced files are read with the same limits as documents (aliases, nesting).
 */
export function scanExternalRefs(root: string, file: string, source: SourceDocument): Problem[] {
	const problems: Problem[] = [];
	const visited = new Set<string>([resolve(root, file)]);
	const queue: { path: string; source: SourceDocument }[] = [{ path: resolve(root, file), source }];
	for (let next = queue.shift(); next; next = queue.shift()) {
		const { path, source: current } = next;
		for (const { tokens, ref } of externalRefs(current.value)) {
			const target = refTarget(root, path, ref);
			if ('path' in target && !visited.has(target.path)) {
				visited.add(target.path);
				const relativeFile = relative(root, target.path).split('\\').join('/');
				const read = readSourceDocument(relativeFile, readFileSync(target.path, 'utf8'));
				for (const { message, code, line, column } of read.errors) {
					problems.push({ code: `openapi/${code ?? 'yaml-syntax'}`, file: relativeFile, line, column, message });
				}
				if (!read.errors.length) queue.push({ path: target.path, source: read });
			}
			if (!('refused' in target)) continue;
			const at = current.locate([...tokens, '$ref']);
			const pointer = tokens.map((token) => `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
			problems.push({ code: target.refused.code, file: current.file, ...at, path: `${pointer}/$ref`, message: target.refused.message });
		}
	}
	return problems;
}

/** The `$ref` values that name another file or a URL, with the path of the object holding each. */
function externalRefs(value: unknown): { tokens: string[]; ref: string }[] {
	const found: { tokens: string[]; ref: string }[] = [];
	// Iterative, each entry linked to its parent: GitHub's document has millions of values, and a
	// path is built only for the few objects that hold such a reference.
	type Entry = { node: unknown; key: string; parent: Entry | undefined };
	const stack: Entry[] = [{ node: value, key: '', parent: undefined }];
	while (stack.length) {
		const entry = stack.pop()!;
		const node = entry.node;
		if (Array.isArray(node)) {
			node.forEach((item, index) => typeof item === 'object' && stack.push({ node: item, key: String(index), parent: entry }));
			continue;
		}
		if (typeof node !== 'object' || node === null) continue;
		const ref = (node as Record<string, unknown>)['$ref'];
		if (typeof ref === 'string' && isExternalRef(ref)) {
			const tokens: string[] = [];
			for (let at: Entry | undefined = entry; at?.parent; at = at.parent) tokens.unshift(at.key);
			found.push({ tokens, ref });
		}
		for (const key in node) {
			const child = (node as Record<string, unknown>)[key];
			if (typeof child === 'object' && child !== null) stack.push({ node: child, key, parent: entry });
		}
	}
	return found.reverse();
}

/**
 * How deep an API document may nest its values. Every consumer walks documents recursively
 * (the upgrade, Redocly's linter, the renderer, the mock's sampler); a document nested thousands
 * of levels deep would exhaust the stack in one of them with a message that names no file. The
 * loader refuses it first, with the path to the first value past the limit. GitHub's REST
 * description, the largest document the site builds, nests 21 levels.
 */
const MAX_NESTING = 128;

/**
 * The path (tokens from the root) to the first value nested deeper than {@link MAX_NESTING}, or
 * undefined. Iterative, so that the check itself cannot exhaust the stack.
 */
export function tooDeepPath(value: unknown): string[] | undefined {
	// Each entry links to its parent, so a path is built only for the value that fails.
	type Entry = { node: unknown; depth: number; key: string; parent: Entry | undefined };
	const stack: Entry[] = [{ node: value, depth: 0, key: '', parent: undefined }];
	while (stack.length) {
		const entry = stack.pop()!;
		const { node, depth } = entry;
		if (typeof node !== 'object' || node === null) continue;
		if (depth >= MAX_NESTING) {
			const path: string[] = [];
			for (let at: Entry | undefined = entry; at?.parent; at = at.parent) path.unshift(at.key);
			return path;
		}
		if (Array.isArray(node)) node.forEach((item, index) => stack.push({ node: item, depth: depth + 1, key: String(index), parent: entry }));
		else for (const key in node) stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1, key, parent: entry });
	}
	return undefined;
}

/** The message of a document refused for its depth. */
export function tooDeepMessage(path: readonly string[]): string {
	const shown = path.slice(0, 6).map((token) => `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
	return `values are nested more than ${MAX_NESTING} levels deep (from ${shown}/…); this site reads documents up to ${MAX_NESTING} levels`;
}

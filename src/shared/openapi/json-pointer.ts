/**
 * JSON pointers (RFC 6901) as token lists: the form the upgrade's pointer map and the position
 * finders work in. Accepts both `/a/b` and the URI fragment form `#/a/b`.
 */

/** The unescaped tokens of a pointer: `/paths/~1pets/get` → `['paths', '/pets', 'get']`. */
export function pointerTokens(pointer: string): string[] {
	const bare = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
	if (bare === '') return [];
	return bare
		.slice(1)
		.split('/')
		.map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer of a token list: `['paths', '/pets']` → `/paths/~1pets`. */
export function toPointer(tokens: readonly (string | number)[]): string {
	return tokens.map((token) => `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The value at `tokens`, or undefined when the path does not exist. */
export function valueAt(value: unknown, tokens: readonly string[]): unknown {
	let node = value;
	for (const token of tokens) {
		if (Array.isArray(node)) node = /^\d+$/.test(token) ? node[Number(token)] : undefined;
		else if (typeof node === 'object' && node !== null && Object.hasOwn(node, token)) node = (node as Record<string, unknown>)[token];
		else return undefined;
	}
	return node;
}

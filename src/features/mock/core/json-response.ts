/** The text of every JSON body the mock sends: indented, with a final newline, so curl output reads well. */
export function jsonText(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

/** A JSON response (`application/json` unless `init` says otherwise). */
export function jsonResponse(value: unknown, init: ResponseInit = {}): Response {
	const headers = new Headers(init.headers);
	if (!headers.has('content-type')) headers.set('content-type', 'application/json');
	return new Response(jsonText(value), { ...init, headers });
}

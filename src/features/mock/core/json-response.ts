/** The text of every JSON body the mock sends: indented, with a final newline, so curl output reads well. */
export function jsonText(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

/** A JSON response: `application/json` unless `init.headers` names another content type (lower case). */
export function jsonResponse(value: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
	return new Response(jsonText(value), { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
}

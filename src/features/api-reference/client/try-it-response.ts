/**
 * A response as the "Try it" dialog shows it under Scalar's client: its status line, every header
 * (`Location` included, whatever Scalar's own panel shows on a second send) and the body, JSON
 * indented, or "No body".
 */
export async function describeResponse(response: Response): Promise<{ status: string; text: string }> {
	const status = `${response.status} ${response.statusText}`.trim();
	const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`);
	let body = await response.text().catch(() => '');
	if (/json/.test(response.headers.get('content-type') ?? '')) {
		try {
			body = JSON.stringify(JSON.parse(body), null, 2);
		} catch {
			// Shown as it came.
		}
	}
	return { status, text: [`HTTP ${status}`, ...headers, '', body || 'No body'].join('\n') };
}

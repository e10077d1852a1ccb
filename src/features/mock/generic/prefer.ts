/**
 * The `Prefer` request header (RFC 7240) as Prism reads it for mocks: `code=404` asks for another
 * documented response and `example=<name>` for a named example. Several preferences may come in
 * one header or several (`Prefer: code=404, example=missing`).
 */
export interface MockPreferences {
	code?: string;
	example?: string;
}

export function readPreferences(header: string | null): MockPreferences {
	const preferences: MockPreferences = {};
	for (const part of (header ?? '').split(',')) {
		const match = /^\s*(code|example)\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(part);
		if (!match) continue;
		const value = match[2] ?? match[3] ?? '';
		if (match[1]!.toLowerCase() === 'code') preferences.code = value;
		else preferences.example = value;
	}
	return preferences;
}

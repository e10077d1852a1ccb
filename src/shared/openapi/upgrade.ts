import { upgrade } from '@scalar/openapi-upgrader';
import { pointerTokens, toPointer } from './json-pointer.ts';
import { completeNullableUnions } from './nullable-unions.ts';
import { mapFrom30To20, mapFrom31To30 } from './pointer-map.ts';

/**
 * Every document in `openapi/` may be written in Swagger 2.0, OpenAPI 3.0.x or 3.1.x; the
 * reference, the checks and the mock read OpenAPI 3.1. Older documents are upgraded in memory by
 * `@scalar/openapi-upgrader` (a maintained converter, not ours) and each path in the upgraded
 * form can be traced back to the document as written, so problems name the author's file.
 */

export type SourceVersion = '2.0' | '3.0' | '3.1';

export interface UpgradedDocument {
	/** The version as the document declares it, e.g. `2.0`, `3.0.3`, `3.1.1`. */
	declared: string;
	sourceVersion: SourceVersion;
	/** The document in OpenAPI 3.1 (the document itself when it already was). */
	document: Record<string, unknown>;
	/** A JSON pointer in {@link document} → the pointer of the value that became it in the document as written. */
	originalPointer(pointer: string): string;
}

/** The version a document is written in, or why it is not an API description this site reads. */
export function detectVersion(value: unknown): { sourceVersion: SourceVersion; declared: string } | { error: string; pointer: string } {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not an API description: the file does not hold an object', pointer: '' };
	const { swagger, openapi } = value as Record<string, unknown>;
	if (swagger !== undefined) {
		if (String(swagger) === '2.0') return { sourceVersion: '2.0', declared: '2.0' };
		return { error: `Swagger ${String(swagger)} is not supported; this site reads Swagger 2.0 and OpenAPI 3.0 and 3.1`, pointer: '/swagger' };
	}
	if (openapi === undefined) return { error: 'not an API description: neither an `openapi` nor a `swagger` field is present', pointer: '' };
	const match = /^3\.([01])\.\d+$/.exec(String(openapi));
	if (match) return { sourceVersion: match[1] === '0' ? '3.0' : '3.1', declared: String(openapi) };
	return { error: `OpenAPI ${String(openapi)} is not supported; this site reads Swagger 2.0 and OpenAPI 3.0 and 3.1`, pointer: '/openapi' };
}

/** Upgrades a document to OpenAPI 3.1; throws when {@link detectVersion} finds no supported version. */
export function upgradeDocument(original: Record<string, unknown>): UpgradedDocument {
	const version = detectVersion(original);
	if ('error' in version) throw new Error(version.error);
	const { sourceVersion, declared } = version;
	if (sourceVersion === '3.1') return { declared, sourceVersion, document: original, originalPointer: (pointer) => toPointer(pointerTokens(pointer)) };
	if (sourceVersion === '3.0') {
		// The 3.0 → 3.1 step copies every object it visits and writes only to the copies, except
		// `openapi` on the root: a copy of the root keeps the caller's document as written.
		const document = completeNullableUnions(upgrade({ ...original }, '3.1') as unknown as Record<string, unknown>);
		return { declared, sourceVersion, document, originalPointer: (pointer) => toPointer(mapFrom31To30(original, pointerTokens(pointer))) };
	}
	// 2.0 → 3.0 rewrites in place; keep the 3.0 form to map paths back through it.
	const openapi30 = upgrade(structuredClone(original), '3.0') as unknown as Record<string, unknown>;
	const document = completeNullableUnions(upgrade({ ...openapi30 }, '3.1') as unknown as Record<string, unknown>);
	return {
		declared,
		sourceVersion,
		document,
		originalPointer: (pointer) => toPointer(mapFrom30To20(original, mapFrom31To30(openapi30, pointerTokens(pointer)))),
	};
}

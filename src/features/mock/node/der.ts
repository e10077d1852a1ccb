/**
 * The few DER primitives the certificate walk needs (`simple-certificate.ts`): one-byte tags,
 * minimal definite lengths, and nothing it would have to guess at.
 */

export const INTEGER = 0x02;
export const BIT_STRING = 0x03;
export const OCTET_STRING = 0x04;
export const OID = 0x06;
export const BOOLEAN = 0x01;
export const UTF8_STRING = 0x0c;
export const PRINTABLE_STRING = 0x13;
export const IA5_STRING = 0x16;
export const UTC_TIME = 0x17;
export const GENERALIZED_TIME = 0x18;
export const SEQUENCE = 0x30;
export const SET = 0x31;
export const VERSION = 0xa0;
export const EXTENSIONS = 0xa3;

export interface Element {
	tag: number;
	/** Where the contents start and end, and where the next element starts. */
	start: number;
	end: number;
	next: number;
}

/** The DER element at `at`, within `limit`: one-byte tags and minimal definite lengths only. */
export function element(der: Uint8Array, at: number, limit: number): Element | undefined {
	if (at + 2 > limit) return undefined;
	const tag = der[at]!;
	if ((tag & 0x1f) === 0x1f) return undefined;
	let length = der[at + 1]!;
	let start = at + 2;
	if (length & 0x80) {
		const bytes = length & 0x7f;
		if (bytes === 0 || bytes > 3 || start + bytes > limit || der[start] === 0) return undefined;
		length = 0;
		for (let i = 0; i < bytes; i++) length = length * 256 + der[start + i]!;
		if (length < 0x80) return undefined;
		start += bytes;
	}
	const end = start + length;
	return end > limit ? undefined : { tag, start, end, next: end };
}

/** The elements inside a constructed one; an empty list when they do not fill it exactly. */
export function children(der: Uint8Array, parent: Element): Element[] {
	const found: Element[] = [];
	for (let at = parent.start; at < parent.end;) {
		const child = element(der, at, parent.end);
		if (!child) return [];
		found.push(child);
		at = child.next;
	}
	return found;
}

export function equals(der: Uint8Array, start: number, end: number, expected: readonly number[]): boolean {
	if (start < 0 || end - start !== expected.length) return false;
	for (let i = 0; i < expected.length; i++) if (der[start + i] !== expected[i]) return false;
	return true;
}

/** The children's tags are a subsequence of `allowed`, each at most once, in that order. */
export function tagsInOrder(der: Uint8Array, parent: Element, allowed: readonly number[]): boolean {
	let position = 0;
	const list = children(der, parent);
	if (list.length === 0 && parent.end > parent.start) return false;
	for (const child of list) {
		const index = allowed.indexOf(child.tag, position);
		if (index < 0) return false;
		position = index + 1;
	}
	return true;
}

export function ascii(der: Uint8Array, start: number, end: number): string {
	let text = '';
	for (let i = start; i < end; i++) text += String.fromCharCode(der[i]!);
	return text;
}

export function base64url(der: Uint8Array, start: number, end: number): string {
	return Buffer.from(der.buffer, der.byteOffset + start, end - start).toString('base64url');
}

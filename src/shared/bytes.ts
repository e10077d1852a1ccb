/**
 * Byte helpers shared by the browser and Node: base64 (standard and URL-safe), hex and SHA-256
 * through WebCrypto, so the same code runs in Chromium, Node 22 and a service worker page.
 */

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
	return encoder.encode(text);
}

/** Standard base64 (RFC 4648 §4) with padding. */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	// Chunks keep String.fromCharCode's argument list short for large bodies.
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

const STANDARD = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes standard or URL-safe base64; throws a `SyntaxError` on anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const normalized = STANDARD.test(text) ? text : text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
	if (!STANDARD.test(normalized)) throw new SyntaxError('not base64');
	const padded = normalized.padEnd(Math.ceil(normalized.length / 4) * 4, '=');
	const binary = atob(padded);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** URL-safe base64 without padding (RFC 4648 §5), for tokens and secrets. */
function toBase64Url(bytes: Uint8Array): string {
	return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Lower-case hex. */
export function toHex(bytes: Uint8Array): string {
	let hex = '';
	for (const byte of bytes) hex += HEX[byte];
	return hex;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** SHA-256 of bytes or of a string's UTF-8 bytes. */
export async function sha256(data: Uint8Array<ArrayBuffer> | string): Promise<Uint8Array<ArrayBuffer>> {
	const bytes = typeof data === 'string' ? utf8(data) : data;
	return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** `count` random bytes as URL-safe base64: for client secrets and access tokens. */
export function randomToken(count = 32): string {
	return toBase64Url(randomBytes(count));
}

const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let taken = 0;

/**
 * Random bytes from the system's generator, drawn a pool at a time as Node's own `randomUUID`
 * does; every byte is handed out once.
 */
function randomBytes(count: number): Uint8Array {
	if (count > POOL_SIZE) return crypto.getRandomValues(new Uint8Array(count));
	if (taken + count > pool.length) {
		pool = crypto.getRandomValues(new Uint8Array(POOL_SIZE));
		taken = 0;
	}
	taken += count;
	return pool.subarray(taken - count, taken);
}

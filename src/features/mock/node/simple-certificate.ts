import { createHash } from 'node:crypto';
import type { CertificateInfo } from '../signing/x509-certificates.ts';
import {
	INTEGER,
	BIT_STRING,
	OCTET_STRING,
	OID,
	BOOLEAN,
	UTF8_STRING,
	PRINTABLE_STRING,
	IA5_STRING,
	UTC_TIME,
	GENERALIZED_TIME,
	SEQUENCE,
	SET,
	VERSION,
	EXTENSIONS,
	children,
	element,
	equals,
	tagsInOrder,
	ascii,
	base64url,
	type Element,
} from './der.ts';

/**
 * The fastest reader of the Node mock's three: a walk over the DER of the certificates devices
 * onboard with in practice (X.509 v3, a P-256 key, a subject of plain attributes, the usual
 * extensions), about ten times quicker than constructing Node's `X509Certificate`. Whatever it
 * does not recognize exactly (another key, a rarer attribute or extension, a name that needs
 * escaping, trailing bytes, any encoding it would have to guess at) it leaves to the next reader
 * (`undefined`), so what it answers is what those readers answer (`native-crypto.test.ts`).
 */
export function readSimpleCertificate(der: Uint8Array<ArrayBuffer>, now: Date): CertificateInfo | undefined {
	const certificate = element(der, 0, der.length);
	// A certificate, and nothing after it.
	if (certificate?.tag !== SEQUENCE || certificate.next !== der.length) return undefined;
	const [tbs, signatureAlgorithm, signature, ...rest] = children(der, certificate);
	if (tbs?.tag !== SEQUENCE || !isAlgorithm(der, signatureAlgorithm) || signature?.tag !== BIT_STRING || rest.length > 0) return undefined;
	const [version, serial, algorithm, issuer, validity, subject, publicKey, ...more] = children(der, tbs);
	if (version?.tag !== VERSION || !equals(der, version.start, version.end, V3)) return undefined;
	if (serial?.tag !== INTEGER || !isAlgorithm(der, algorithm) || !isName(der, issuer)) return undefined;
	if (validity?.tag !== SEQUENCE || publicKey?.tag !== SEQUENCE) return undefined;
	if (!equals(der, publicKey.start - P256_KEY_HEADER.length, publicKey.start + P256_KEY.length, [...P256_KEY_HEADER, ...P256_KEY]))
		return undefined;
	if (publicKey.end - publicKey.start !== P256_KEY.length + 64) return undefined;
	if (more.length > 1 || (more.length === 1 && !areExtensions(der, more[0]!))) return undefined;
	const [from, to, ...extraTimes] = children(der, validity);
	const notBefore = from && time(der, from);
	const notAfter = to && time(der, to);
	if (!notBefore || !notAfter || extraTimes.length > 0 || notAfter < now || notBefore > now) return undefined;
	const name = subject && subjectText(der, subject);
	if (!name) return undefined;
	const point = publicKey.start + P256_KEY.length;
	if (!onP256(der, point)) return undefined;
	return nodeCertificateInfo(der, name, notBefore, notAfter, base64url(der, point, point + 32), base64url(der, point + 32, point + 64));
}

/**
 * A certificate's details as the state keeps them, the same from every reader of the Node mock: its
 * P-256 key as WebCrypto exports it (`crypto.subtle.exportKey('jwk', …)`, fields in that order), so
 * the state reads the same as in the browser.
 */
export function nodeCertificateInfo(
	der: Uint8Array<ArrayBuffer>,
	subject: string,
	notBefore: Date,
	notAfter: Date,
	x: string,
	y: string,
): CertificateInfo {
	return {
		subject,
		notBefore: notBefore.toISOString(),
		notAfter: notAfter.toISOString(),
		fingerprint: createHash('sha256').update(der).digest('hex'),
		publicKey: { key_ops: ['verify'], ext: true, kty: 'EC', x, y, crv: 'P-256' },
		der: Buffer.from(der.buffer, der.byteOffset, der.length).toString('base64'),
	};
}

/** `[0] { INTEGER 2 }`: X.509 v3. */
const V3 = [0x02, 0x01, 0x02];
/** SubjectPublicKeyInfo of a P-256 key: id-ecPublicKey, prime256v1, an uncompressed point. */
const P256_KEY_HEADER = [0x30, 0x59];
const P256_KEY = [
	0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42,
	0x00, 0x04,
];
/** The attributes written alike by every reader, by the bytes of their OID. */
const ATTRIBUTES: [string, number[]][] = [
	['CN', [0x55, 0x04, 0x03]],
	['C', [0x55, 0x04, 0x06]],
	['L', [0x55, 0x04, 0x07]],
	['ST', [0x55, 0x04, 0x08]],
	['O', [0x55, 0x04, 0x0a]],
	['OU', [0x55, 0x04, 0x0b]],
	['DC', [0x09, 0x92, 0x26, 0x89, 0x93, 0xf2, 0x2c, 0x64, 0x01, 0x19]],
];
/** The extensions recognized, by the bytes of their OID, with the one shape each value may take. */
const KNOWN_EXTENSIONS: [number[], (der: Uint8Array, value: Element) => boolean][] = [
	// basicConstraints: SEQUENCE { cA BOOLEAN OPTIONAL, pathLenConstraint INTEGER OPTIONAL }
	[[0x55, 0x1d, 0x13], (der, value) => value.tag === SEQUENCE && tagsInOrder(der, value, [BOOLEAN, INTEGER])],
	// keyUsage: BIT STRING
	[[0x55, 0x1d, 0x0f], (_, value) => value.tag === BIT_STRING && value.end > value.start],
	// subjectKeyIdentifier: OCTET STRING
	[[0x55, 0x1d, 0x0e], (_, value) => value.tag === OCTET_STRING],
	// authorityKeyIdentifier: SEQUENCE { [0] keyIdentifier, [1] issuer, [2] serial }, each optional
	[[0x55, 0x1d, 0x23], (der, value) => value.tag === SEQUENCE && tagsInOrder(der, value, [0x80, 0xa1, 0x82])],
];

/** AlgorithmIdentifier: SEQUENCE { OID, parameters OPTIONAL }. */
function isAlgorithm(der: Uint8Array, algorithm: Element | undefined): boolean {
	if (algorithm?.tag !== SEQUENCE) return false;
	const [oid, ...parameters] = children(der, algorithm);
	return oid?.tag === OID && oid.end > oid.start && parameters.length <= 1;
}

/** Name: SEQUENCE OF SET OF SEQUENCE { OID, value }. */
function isName(der: Uint8Array, name: Element | undefined): boolean {
	if (name?.tag !== SEQUENCE) return false;
	const sets = children(der, name);
	if (sets.length === 0 && name.end > name.start) return false;
	return sets.every((set) => {
		const pairs = set.tag === SET ? children(der, set) : [];
		return (
			pairs.length > 0 &&
			pairs.every((pair) => pair.tag === SEQUENCE && children(der, pair)[0]?.tag === OID && children(der, pair).length === 2)
		);
	});
}

/** `[3] { SEQUENCE OF Extension }` holding only extensions of a known kind, each of its shape. */
function areExtensions(der: Uint8Array, wrapper: Element): boolean {
	if (wrapper.tag !== EXTENSIONS) return false;
	const [list, ...rest] = children(der, wrapper);
	if (list?.tag !== SEQUENCE || rest.length > 0) return false;
	const extensions = children(der, list);
	if (extensions.length === 0) return false;
	return extensions.every((extension) => {
		if (extension.tag !== SEQUENCE) return false;
		const parts = children(der, extension);
		const [oid, second, third] = parts;
		const critical = parts.length === 3 ? second : undefined;
		const value = parts.length === 3 ? third : second;
		if (oid?.tag !== OID || value?.tag !== OCTET_STRING || parts.length > 3) return false;
		if (critical && (critical.tag !== BOOLEAN || critical.end - critical.start !== 1 || der[critical.start] !== 0xff)) return false;
		const known = KNOWN_EXTENSIONS.find(([bytes]) => equals(der, oid.start, oid.end, bytes));
		const inner = element(der, value.start, value.end);
		return known !== undefined && inner !== undefined && inner.next === value.end && known[1](der, inner);
	});
}

/** UTCTime `YYMMDDHHMMSSZ` or GeneralizedTime `YYYYMMDDHHMMSSZ`; nothing looser. */
function time(der: Uint8Array, value: Element): Date | undefined {
	const text = ascii(der, value.start, value.end);
	const match =
		value.tag === UTC_TIME
			? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
			: value.tag === GENERALIZED_TIME
				? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
				: null;
	if (!match) return undefined;
	const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
	const year = value.tag === UTC_TIME ? (y >= 50 ? 1900 + y : 2000 + y) : y;
	const date = new Date(Date.UTC(year, mo - 1, d, h, mi, s));
	// A date that rolled over (31 April) is no date.
	return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? date : undefined;
}

/** `CN=…, O=…` in the certificate's order, when every attribute is plain and needs no escape. */
function subjectText(der: Uint8Array, subject: Element): string | undefined {
	if (!isName(der, subject)) return undefined;
	const parts: string[] = [];
	for (const set of children(der, subject)) {
		const pairs = children(der, set);
		// A multi-valued name (`CN=x+O=y`) is written differently by each reader.
		if (pairs.length !== 1) return undefined;
		const [oid, value] = children(der, pairs[0]!);
		const attribute = ATTRIBUTES.find(([, bytes]) => equals(der, oid!.start, oid!.end, bytes));
		const text = attribute && value && stringValue(der, value);
		if (!attribute || text === undefined || !PLAIN_VALUE.test(text) || hasControl(text)) return undefined;
		parts.push(`${attribute[0]}=${text}`);
	}
	return parts.length > 0 ? parts.join(', ') : undefined;
}

/** Values no reader escapes: no RFC 4514 special character, no control character, no edge space. */
const PLAIN_VALUE = /^(?![ #])[^,+"\\<>;=]*(?<! )$/u;
const hasControl = (text: string) => [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

function stringValue(der: Uint8Array, value: Element): string | undefined {
	if (value.end === value.start) return undefined;
	if (value.tag === PRINTABLE_STRING || value.tag === IA5_STRING) {
		const text = ascii(der, value.start, value.end);
		return /^[\x20-\x7e]*$/.test(text) ? text : undefined;
	}
	if (value.tag !== UTF8_STRING) return undefined;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(der.subarray(value.start, value.end));
	} catch {
		return undefined;
	}
}

const P = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

/** The uncompressed point at `at` (x then y, 32 bytes each) lies on P-256: y² = x³ − 3x + b (mod p). */
function onP256(der: Uint8Array, at: number): boolean {
	const x = BigInt(`0x${Buffer.from(der.buffer, der.byteOffset + at, 32).toString('hex')}`);
	const y = BigInt(`0x${Buffer.from(der.buffer, der.byteOffset + at + 32, 32).toString('hex')}`);
	if (x >= P || y >= P) return false;
	return (y * y - (x * x * x - 3n * x + B)) % P === 0n;
}

import { expect, test } from 'vitest';
import { createSignature, verifySignature } from 'http-message-sig';
import { isSignatureFailure, signRequest, verifyRequest, type SignableRequest, type SignatureFailure } from './message-signature.ts';

const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
const other = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
const now = 1_767_225_600;

function request(headers: Record<string, string> = {}): SignableRequest {
	return {
		method: 'PUT',
		url: 'http://localhost:4010/api/v1/clients/c1/capabilities',
		headers: new Headers({ 'content-digest': 'sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:', ...headers }),
	};
}

async function signed(options: { created?: number; keyid?: string; key?: CryptoKey } = {}) {
	const unsigned = request();
	const fields = await signRequest(unsigned, options.key ?? keys.privateKey, {
		keyid: options.keyid ?? 'c1',
		created: options.created ?? now,
	});
	return { fields, request: request({ 'signature-input': fields.signatureInput, signature: fields.signature }) };
}

const verify = (message: SignableRequest) =>
	verifyRequest(message, { now, maxAge: 300, resolveKey: async (keyid) => (keyid === 'c1' ? keys.publicKey : undefined) });

test('builds the signature base of RFC 9421 section 2.5 for the signed components', async () => {
	const { fields } = await signed();
	expect(fields.base).toBe(
		[
			'"@method": PUT',
			'"@target-uri": http://localhost:4010/api/v1/clients/c1/capabilities',
			'"content-digest": sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:',
			`"@signature-params": ("@method" "@target-uri" "content-digest");created=${now};keyid="c1";alg="ecdsa-p256-sha256"`,
		].join('\n'),
	);
	expect(fields.signatureInput).toBe(`sig1=("@method" "@target-uri" "content-digest");created=${now};keyid="c1";alg="ecdsa-p256-sha256"`);
	expect(fields.signature).toMatch(/^sig1=:[A-Za-z0-9+/]{86}==:$/);
});

test('verifies its own signature', async () => {
	const result = await verify((await signed()).request);
	expect(isSignatureFailure(result)).toBe(false);
	expect(result).toMatchObject({ keyid: 'c1', created: now });
});

test('refuses a tampered, foreign, stale or unsigned request with the check that failed', async () => {
	const good = (await signed()).request;
	const tampered = { ...good, headers: new Headers(good.headers) };
	tampered.headers.set('content-digest', 'sha-256=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:');
	const results = (await Promise.all([
		verify(tampered),
		verify((await signed({ key: other.privateKey })).request),
		verify((await signed({ keyid: 'c2' })).request),
		verify((await signed({ created: now - 301 })).request),
		verify((await signed({ created: now + 400 })).request),
		verify(request()),
		verify(request({ 'signature-input': 'sig1=("@method");created=1', signature: 'sig1=:AAAA:' })),
		verify(request({ 'signature-input': 'sig1=(', signature: 'sig1=:AAAA:' })),
	])) as SignatureFailure[];
	expect(results.map((result) => result.reason)).toEqual([
		'signature',
		'signature',
		'keyid',
		'stale',
		'stale',
		'missing',
		'components',
		'malformed',
	]);
	expect(results.slice(2, 7).map((result) => result.detail)).toMatchInlineSnapshot(`
		[
		  "The keyid "c2" names no key accepted for this request; set keyid to the clientId the request is for.",
		  "The signature was created 301 s ago; it must be created within 300 s of the server's clock.",
		  "The signature was created 400 s in the future; it must be created within 300 s of the server's clock.",
		  "The request has no Signature-Input and Signature headers; sign it as RFC 9421 describes (\`npm run sign\` shows how).",
		  "The signature does not cover "@target-uri", "content-digest"; cover "@method" "@target-uri" "content-digest".",
		]
	`);
});

// http-message-sig is an independent RFC 9421 implementation: each side must accept the other's work.
const algorithm = 'ecdsa-p256-sha256';
const independentSigner = {
	algorithm,
	sign: async (data: Uint8Array) =>
		new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, data as Uint8Array<ArrayBuffer>)),
};

test('accepts a signature made by http-message-sig', async () => {
	const message = new Request('http://localhost:4010/api/v1/clients/c1/capabilities', { method: 'PUT', headers: request().headers });
	const fields = await createSignature(message, {
		label: 'device',
		components: ['@method', '@target-uri', 'content-digest'],
		parameters: { created: now, keyid: 'c1', alg: algorithm },
		signer: independentSigner,
	});
	const result = await verify(request({ 'signature-input': fields.signatureInput, signature: fields.signature }));
	expect(isSignatureFailure(result)).toBe(false);
});

test('makes signatures that http-message-sig verifies', async () => {
	const { request: message } = await signed();
	const verified = await verifySignature(new Request(message.url, { method: message.method, headers: message.headers }), {
		policy: {
			algorithms: [algorithm],
			requiredComponents: ['@method', '@target-uri', 'content-digest'],
			requiredParameters: ['created', 'keyid'],
			now,
			maxAge: 300,
		},
		resolveVerifier: () => ({
			algorithm,
			verify: (data, signature) =>
				crypto.subtle.verify(
					{ name: 'ECDSA', hash: 'SHA-256' },
					keys.publicKey,
					signature as Uint8Array<ArrayBuffer>,
					data as Uint8Array<ArrayBuffer>,
				),
		}),
	});
	expect(verified.parameters.keyid).toBe('c1');
});

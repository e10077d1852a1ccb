import { expect, test } from 'vitest';
import { utf8 } from '#shared/bytes.ts';
import { checkContentDigest, contentDigest } from './content-digest.ts';

// RFC 9530 §B.1's example: the JSON body `{"hello": "world"}` and its SHA-256 digest.
const body = utf8('{"hello": "world"}\n');

test('computes the SHA-256 content digest of RFC 9530 appendix B', async () => {
	await expect(contentDigest(body)).resolves.toBe('sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:');
});

test('accepts a matching digest and ignores unknown algorithms beside it', async () => {
	const field = `unixsum=:AAA=:, ${await contentDigest(body)}, ${await contentDigest(body, 'sha-512')}`;
	await expect(checkContentDigest(field, body)).resolves.toBeUndefined();
});

test('names each way a digest can be wrong', async () => {
	const other = utf8('{"hello": "world!"}\n');
	const results = await Promise.all([
		checkContentDigest(null, body),
		checkContentDigest('sha-256=abc', body),
		checkContentDigest('md5=:AAAA:', body),
		checkContentDigest(await contentDigest(other), body),
	]);
	expect(results.map((result) => result?.reason)).toEqual(['missing', 'malformed', 'unsupported', 'mismatch']);
	expect(results[3]?.detail).toMatchInlineSnapshot(
		`"The Content-Digest sha-256 value XZYQPuv85VoN3eayzzzIAgcTiHIjI6BCuvufk37r+ww= does not match the 19-byte body, whose sha-256 is RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=; compute it over the exact bytes sent."`,
	);
});

import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FileMemo } from './file-memo.ts';

it('reads a file again only after its size or modification time changed', () => {
	const file = join(mkdtempSync(join(tmpdir(), 'margo-memo-')), 'a.txt');
	writeFileSync(file, 'one');
	const memo = new FileMemo<number>();
	let reads = 0;
	const read = () => memo.get(file, () => ++reads);
	expect([read(), read()]).toEqual([1, 1]);
	writeFileSync(file, 'three');
	expect(read()).toBe(2);
	// The same size, a later modification time.
	writeFileSync(file, 'thre3');
	utimesSync(file, new Date(), new Date(Date.now() + 5_000));
	expect(read()).toBe(3);
});

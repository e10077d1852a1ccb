import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writeFileAtomic } from './write-atomic.ts';

it('replaces a file whole, creates its folder, and leaves no temporary file behind', () => {
	const dir = mkdtempSync(join(tmpdir(), 'margo-write-atomic-'));
	const file = join(dir, 'nested', 'page.md');
	writeFileAtomic(file, 'first');
	writeFileAtomic(file, new TextEncoder().encode('second'));
	expect(readFileSync(file, 'utf8')).toBe('second');
	expect(readdirSync(join(dir, 'nested'))).toEqual(['page.md']);
});

it('keeps the old file and removes the temporary one when the rename fails', () => {
	const dir = mkdtempSync(join(tmpdir(), 'margo-write-atomic-'));
	// A folder where the file should go: the rename onto it fails.
	mkdirSync(join(dir, 'target'));
	writeFileSync(join(dir, 'target', 'kept.txt'), 'old');
	expect(() => writeFileAtomic(join(dir, 'target'), 'new')).toThrow();
	expect(readdirSync(dir)).toEqual(['target']);
	expect(readFileSync(join(dir, 'target', 'kept.txt'), 'utf8')).toBe('old');
});

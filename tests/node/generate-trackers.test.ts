import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writePages } from '../../scripts/bench/generate-site.ts';
import { writeTrackers } from '../../scripts/bench/generate-trackers.ts';
import { checkDecisions } from '../../src/features/decisions/integration.ts';

test('generates benchmark trackers that pass every check of the decision register', async () => {
	const root = mkdtempSync(join(tmpdir(), 'margo-trackers-'));
	writePages(root, 'content/docs', 12);
	writeTrackers(root, 30);
	expect(await checkDecisions(root)).toEqual([]);
});

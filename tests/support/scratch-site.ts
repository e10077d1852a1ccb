import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './run-astro.ts';

/**
 * A fixture site whose files are known only when the test runs (a server's port, inputs too big
 * to commit): the frame of `tests/fixtures/api-ref-escape` (configuration and one page) in a
 * fresh folder under `tests/fixtures/.scratch/` (ignored by git), plus `files`. Remove it after.
 */
export function scratchSite(name: string, files: Record<string, string>): string {
	const scratch = join(projectRoot, 'tests', 'fixtures', '.scratch');
	mkdirSync(scratch, { recursive: true });
	const site = mkdtempSync(join(scratch, `${name}-`));
	const frame = join(projectRoot, 'tests', 'fixtures', 'api-ref-escape');
	cpSync(join(frame, 'content'), join(site, 'content'), { recursive: true });
	// One folder deeper than a committed fixture.
	writeFileSync(
		join(site, 'astro.config.mjs'),
		readFileSync(join(frame, 'astro.config.mjs'), 'utf8').replace('../../../src/', '../../../../src/'),
	);
	const all = { 'src/content.config.ts': "export { collections } from '../../../../../src/content.config.ts';\n", ...files };
	for (const [path, text] of Object.entries(all)) {
		mkdirSync(dirname(join(site, path)), { recursive: true });
		writeFileSync(join(site, path), text);
	}
	return site;
}

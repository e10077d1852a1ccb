import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, projectRoot } from '../../tests/support/run-astro.ts';
import { writeBareSite } from './generate-site.ts';

/** The real site and a one-page bare Starlight site, built into scratch folders. */
export interface BuiltSites {
	dist: string;
	bareDist: string;
}

let built: Promise<BuiltSites> | undefined;

/**
 * The two sites the page-weight and Lighthouse sections measure, built once per bench run (both
 * sections used to build them each) and removed when the bench exits.
 */
export function builtSites(cache: string): Promise<BuiltSites> {
	return (built ??= build(cache));
}

async function build(cache: string): Promise<BuiltSites> {
	const dist = mkdtempSync(join(tmpdir(), 'margo-bench-dist-'));
	const bareDist = mkdtempSync(join(tmpdir(), 'margo-bench-bare-'));
	process.once('exit', () => {
		rmSync(dist, { recursive: true, force: true });
		rmSync(bareDist, { recursive: true, force: true });
	});
	const ours = await buildSite(projectRoot, dist);
	if (ours.code !== 0) throw new Error(ours.output);
	const bareRoot = join(cache, 'one-page-bare');
	writeBareSite(bareRoot, 1);
	const bare = await buildSite(bareRoot, bareDist);
	if (bare.code !== 0) throw new Error(bare.output);
	return { dist, bareDist };
}

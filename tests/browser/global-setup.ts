import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, projectRoot } from '../support/run-astro.ts';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		/** Folder of the built site being served. */
		siteDir: string;
		/** Warning lines the build printed; `null` when a site built earlier is reused (`MARGO_TEST_DIST`). */
		buildWarnings: string[] | null;
	}
}

/**
 * Builds the real site once for all browser tests and serves it on a free local port.
 * `MARGO_TEST_DIST=<folder>` reuses a site built earlier (quicker while writing tests).
 */
export default async function setup(project: TestProject) {
	let dir = process.env['MARGO_TEST_DIST'];
	let warnings: string[] | null = null;
	if (!dir) {
		const result = await buildSite(projectRoot, join(projectRoot, 'node_modules', '.cache', 'margo-test-site'));
		if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
		dir = result.outDir;
		warnings = result.output.split('\n').filter((line) => /\bwarn/i.test(line));
	}
	if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}`);
	const { url, server } = await serveStatic(dir);
	project.provide('siteUrl', url);
	project.provide('siteDir', dir);
	project.provide('buildWarnings', warnings);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

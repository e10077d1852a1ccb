import type { TestProject } from 'vitest/node';
import { siteDir } from '../support/shared-builds.ts';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The real site, served for the browser tests once `builtSite('site')` has it built. */
		siteUrl: string;
		/** Folder of the real site being served. */
		siteDir: string;
	}
}

/**
 * Serves the real site, built once for all browser tests as the shared build `site` (started
 * by the run's sequencer before the first test, so the other tests run while it builds).
 * `MARGO_TEST_DIST=<folder>` reuses a site built earlier (quicker while writing tests).
 */
export default async function setup(project: TestProject) {
	const { url, server } = await serveStatic(siteDir());
	project.provide('siteUrl', url);
	project.provide('siteDir', siteDir());
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

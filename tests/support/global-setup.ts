import type { TestProject } from 'vitest/node';
import { closeSharedBuilds, sharedBuilds } from './shared-builds.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where test files ask for a shared build (`shared-build.ts`). */
		sharedBuildsUrl: string;
	}
}

/** Gives the project's test files this run's shared builds (`shared-builds.ts`), ended with the run. */
export default async function setup(project: TestProject) {
	project.provide('sharedBuildsUrl', await sharedBuilds().url);
	return closeSharedBuilds;
}

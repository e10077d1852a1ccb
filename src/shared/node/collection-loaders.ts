/**
 * Names of the loaders of the site's content collections (`src/content.config.ts`). In `astro dev`
 * each feature asks Astro to rerun its loaders by these names when an author changes their files
 * (`dev-reload.ts`).
 */
export const LOADERS = {
	docs: 'margo-docs',
	decisions: 'margo-decisions',
	organizations: 'margo-organizations',
	githubSnapshots: 'margo-github-snapshots',
	proposals: 'margo-proposals',
} as const;

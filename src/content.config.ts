import { defineCollection } from 'astro:content';
import { file, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { organizationSchema, trackerSchema } from '#features/decisions/schema.ts';
import { pullSnapshotSchema, trackerSnapshotSchema } from '#features/decisions/github/snapshot.ts';
import { readSnapshots } from '#features/decisions/github/read-snapshots.ts';
import { proposalsLoader } from '#features/proposals/loader.ts';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { checkedGlob, unwatched } from '#shared/node/checked-glob.ts';
import { LOADERS } from '#shared/node/collection-loaders.ts';
import { confirmReload } from '#shared/node/dev-reload.ts';

/**
 * Loads nothing when `path` (relative to the project root) does not exist, instead of logging an
 * error: fixture sites under `tests/fixtures/` share this file and most have no decision register.
 */
function ifExists(path: string, loader: Loader): Loader {
	return {
		name: loader.name,
		load: async (context) => {
			confirmReload(context.refreshContextData);
			if (existsSync(new URL(path, context.config.root))) await loader.load(context);
		},
	};
}

// Authors write in the top-level `content/` folder, which holds no code; Starlight's default
// loader would look in `src/content/docs/`.
export const collections = {
	docs: defineCollection({
		loader: checkedGlob({
			name: LOADERS.docs,
			pattern: '**/[^_]*.{md,mdx}',
			base: './content/docs',
			// Images are checked by Astro itself; any string stands for one in this check.
			schema: docsSchema()({ image: () => z.string() } as never) as z.ZodType,
		}),
		schema: docsSchema(),
	}),
	// Decision trackers and approvers are checked with line numbers before the build
	// (src/features/decisions/integration.ts); the same schemas type the entries here.
	decisions: defineCollection({
		loader: ifExists(
			'content/decisions',
			checkedGlob({ name: LOADERS.decisions, pattern: '*.md', base: './content/decisions', schema: trackerSchema }),
		),
		schema: trackerSchema,
	}),
	organizations: defineCollection({
		loader: ifExists('content/approvers.yaml', unwatched(LOADERS.organizations, file('./content/approvers.yaml'))),
		schema: organizationSchema,
	}),
	// What `npm run decisions:sync` read from GitHub (content/decisions/github/), as one entry: a site
	// whose trackers link no issue yet has an empty snapshot, not an empty collection Astro warns about.
	// The decisions checks report a snapshot file that does not parse, at its file and pointer.
	githubSnapshots: defineCollection({
		loader: {
			name: LOADERS.githubSnapshots,
			load: async ({ store, config, refreshContextData }) => {
				confirmReload(refreshContextData);
				const { snapshots } = readSnapshots(fileURLToPath(config.root));
				store.set({ id: 'all', data: { trackers: [...snapshots.trackers.values()], pulls: [...snapshots.pulls.values()] } });
			},
		},
		schema: z.object({ trackers: z.array(trackerSnapshotSchema), pulls: z.array(pullSnapshotSchema) }),
	}),
	// Specification Update Proposals, read in place from MARGO_PROPOSALS_DIR (default content/proposals/)
	// and rendered by the site's Markdown pipeline; checked with file:line by features/proposals.
	proposals: defineCollection({ loader: proposalsLoader() }),
	// Starlight reads its interface strings from an `i18n` collection, and Astro warns on every
	// build that it is missing or empty. The site overrides no string: one empty entry for the
	// site's only language says so without a file of nothing under `content/`.
	i18n: defineCollection({
		loader: { name: 'margo-no-translations', load: async ({ store }) => void store.set({ id: 'en', data: {} }) },
		schema: i18nSchema(),
	}),
};

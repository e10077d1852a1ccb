import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LOADERS } from '#shared/node/collection-loaders.ts';
import { confirmReload } from '#shared/node/dev-reload.ts';
import { loadProposals, type LoadedProposal } from './load-proposals.ts';

/** A SUP as the `proposals` collection stores it: everything but its source text. */
export type ProposalEntryData = Omit<LoadedProposal, 'text' | 'markdown'>;

/**
 * The `proposals` content collection: every SUP of the folder read in place, its Markdown
 * rendered by the site's own pipeline (`renderMarkdown`: the same plugins as the pages, GitHub
 * alerts included), so `render(entry)` gives its content. The checks and warnings are reported
 * once, by the feature's integration.
 */
export function proposalsLoader(): Loader {
	return {
		name: LOADERS.proposals,
		load: async ({ store, config, renderMarkdown, refreshContextData }) => {
			confirmReload(refreshContextData);
			const { dir, proposals } = loadProposals(fileURLToPath(config.root));
			store.clear();
			for (const { text: _text, markdown, ...data } of proposals) {
				// Rendered as the file it comes from: Starlight's plugins (asides, GitHub alerts) act on files of its Markdown folders.
				const fileURL = dir && data.file ? pathToFileURL(join(dir.path, data.file)) : undefined;
				const rendered = markdown !== undefined ? await renderMarkdown(markdown, fileURL ? { fileURL } : {}) : undefined;
				store.set({ id: data.slug, data: { ...data }, ...(rendered ? { rendered } : {}) });
			}
		},
	};
}

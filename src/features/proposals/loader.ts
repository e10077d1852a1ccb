import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
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
		name: 'margo-proposals',
		load: async ({ store, config, renderMarkdown }) => {
			const { proposals } = loadProposals(fileURLToPath(config.root));
			store.clear();
			for (const { text: _text, markdown, ...data } of proposals) {
				store.set({ id: data.slug, data: { ...data }, ...(markdown !== undefined ? { rendered: await renderMarkdown(markdown) } : {}) });
			}
		},
	};
}

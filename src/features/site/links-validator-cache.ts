import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import type { AstroConfig, AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '#shared/write-atomic.ts';

/**
 * Lets starlight-links-validator run without throwing away Astro's content cache. The plugin
 * collects each page's headings and links while Astro renders its Markdown, so it deletes the
 * cache (`data-store.json`) at every build to have every page rendered again: on a large site
 * that rendering was most of the difference with a bare Starlight build. Here the cache is kept,
 * what the plugin collected is saved beside it, and the pages Astro did not render again
 * (their source is unchanged) get their saved headings and links back before links are checked.
 *
 * The saved data is used only with the very data store it was saved with (same SHA-256) and the
 * same base path and site address: after an `astro dev` session, a sync, a build that stopped
 * midway or a build under another base (Astro's cache keeps pages rendered with the old base in
 * their links), the plugin clears the cache as before and every page is rendered again.
 */

/** One page's entry in the plugin's store (its shape is the plugin's; we only copy it). */
interface PageData {
	file: string;
	headings: string[];
	links: unknown[];
}

declare global {
	// The plugin keeps what it collected here (starlight-links-validator `libs/store.ts`).
	var _starlightLinksValidatorValidationData: Map<string, PageData> | undefined;
}

const DATA_STORE = 'data-store.json';
const SAVED = 'margo-links-validator.json';

export function keepContentCache(integration: AstroIntegration, astroConfig: AstroConfig): AstroIntegration {
	const dataStore = new URL(DATA_STORE, astroConfig.cacheDir);
	const saved = new URL(SAVED, astroConfig.cacheDir);
	const setup = integration.hooks['astro:config:setup'];
	const done = integration.hooks['astro:build:done'];
	let restored: [string, PageData][] = [];
	const renderKey = JSON.stringify({ base: astroConfig.base, site: String(astroConfig.site ?? '') });
	return {
		...integration,
		hooks: {
			...integration.hooks,
			'astro:config:setup': async (params) => {
				const previous = readSaved(saved);
				// Used once: a build that stops before the end must not leave data for a newer store.
				rmSync(saved, { force: true });
				const matches =
					previous !== undefined && previous.renderKey === renderKey && existsSync(dataStore) && digest(dataStore) === previous.dataStore;
				restored = matches ? previous.pages : [];
				// The plugin deletes the data store if it finds it: hide it for that moment.
				const hidden = new URL(`${DATA_STORE}.kept`, astroConfig.cacheDir);
				if (matches) renameSync(dataStore, hidden);
				try {
					await setup?.(params);
				} finally {
					if (matches) renameSync(hidden, dataStore);
				}
			},
			'astro:build:done': async (params) => {
				const collected = (globalThis._starlightLinksValidatorValidationData ??= new Map());
				for (const [id, page] of restored) {
					// A page rendered in this build has fresh data; a deleted page has none.
					if (!collected.has(id) && existsSync(page.file)) collected.set(id, page);
				}
				if (existsSync(dataStore)) {
					const data: Saved = { dataStore: digest(dataStore), renderKey, pages: [...collected] };
					writeFileAtomic(fileURLToPath(saved), JSON.stringify(data));
				}
				await done?.(params);
			},
		},
	};
}

interface Saved {
	/** SHA-256 of the data store the pages' data goes with. */
	dataStore: string;
	/** The settings the pages were rendered with that the data store does not record (base, site). */
	renderKey: string;
	pages: [string, PageData][];
}

function digest(file: URL): string {
	return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function readSaved(file: URL): Saved | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Saved;
	} catch {
		return undefined;
	}
}

import type { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import { globSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontMatter } from '../front-matter.ts';
import { confirmReload } from './dev-reload.ts';

interface CheckedGlobOptions {
	/** The loader's name: what `refreshContent({ loaders })` names to reload this collection. */
	name: string;
	/** Files to load, relative to `base`, as Astro's `glob()` takes them. */
	pattern: string;
	/** Folder relative to the project root. */
	base: string;
	/** The collection's schema: a file whose front matter fails it is left out, not loaded. */
	schema: z.ZodType;
}

/**
 * Astro's `glob()` loader, with two differences that keep `astro dev` in step with what authors write:
 *
 * - It does not watch the files itself. Astro hands loaders the file watcher of the server it
 *   started with; once that server restarts in place (an edit of the configuration, or the sidebar
 *   following a new page), the watcher is closed and a loader listening to it never hears of a
 *   change again. The site's integrations hear the live watcher and ask for a reload through
 *   `refreshContent` (`dev-reload.ts`).
 * - A file whose front matter does not parse or does not fit the schema is not read again (its
 *   last good entry stays) instead of stopping the load: the site's own check reports it with its
 *   line and fix (once, in the terminal and in the browser), where `glob()` would print its own
 *   error for it as well.
 */
export function checkedGlob({ name, pattern, base, schema }: CheckedGlobOptions): Loader {
	return {
		name,
		load: async ({ watcher: _stale, ...context }) => {
			confirmReload(context.refreshContextData);
			const root = fileURLToPath(context.config.root);
			const folder = join(root, base);
			const rejected = globSync(pattern, { cwd: folder }).filter((file) => !fitsSchema(readFileSync(join(folder, file), 'utf8'), schema));
			const loader = glob({ pattern: rejected.length ? [pattern, ...rejected.map((file) => `!${posix(file)}`)] : pattern, base });
			// A file left out keeps the entry it had (`glob()` would delete it): its page stays up, as it
			// was, while the problem is shown, and the pages linking it still find it.
			const kept = new Set(rejected.map((file) => posix(relative(root, join(folder, file)))));
			const store = new Proxy(context.store, {
				get: (target, key, receiver) =>
					key === 'delete'
						? (id: string) => {
								if (!kept.has(target.get(id)?.filePath ?? '')) target.delete(id);
							}
						: Reflect.get(target, key, receiver),
			});
			await loader.load({ ...context, store });
		},
	};
}

const posix = (path: string) => path.split(sep).join('/');

/** Whether a file's front matter parses and satisfies `schema` (no front matter: an empty object). */
function fitsSchema(text: string, schema: z.ZodType): boolean {
	const frontMatter = splitFrontMatter(text);
	if (frontMatter?.source.errors.length) return false;
	return schema.safeParse(frontMatter?.source.value ?? {}).success;
}

/**
 * `loader` under another name, without the file watcher Astro gives it (for the reason above):
 * the feature reading the files reloads it in `astro dev` instead.
 */
export function unwatched(name: string, loader: Loader): Loader {
	return {
		name,
		load: async ({ watcher: _stale, ...context }) => {
			confirmReload(context.refreshContextData);
			await loader.load(context);
		},
	};
}

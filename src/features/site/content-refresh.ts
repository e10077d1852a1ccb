import type { AstroIntegration } from 'astro';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** When to sync after the last change of a burst (an editor's save, a scaffold). */
const RETRIES_MS = [100, 2_000, 8_000, 20_000];

/**
 * Keeps `astro dev` reloading `content/` after the dev server restarted in place (the sidebar
 * restarts it when a page is added or reordered: `sidebar-watch.ts`; so does an edit of the
 * configuration). Astro 7 restarts by swapping the Vite server's file watcher, while its content
 * layer keeps the loaders' listeners on the watcher it was given at startup: from then on no
 * collection reloads, so a new tracker stays 404 and an edited title stays as it was.
 *
 * After such a restart, this listens to the new watcher and asks Astro to sync every collection
 * (`refreshContent`, the documented way for an integration to reload content) when a file under
 * `content/` is added, changed or removed. A full sync also moves the loaders' own listeners off
 * the stale watcher; unchanged entries are kept by digest, so it costs a read of each file.
 */
export function contentRefreshIntegration(): AstroIntegration {
	let restarted = false;
	let root = '';
	return {
		name: 'margo:content-refresh',
		hooks: {
			'astro:config:setup': ({ command, isRestart, config }) => {
				restarted = command === 'dev' && isRestart;
				root = fileURLToPath(config.root);
			},
			'astro:server:setup': ({ server, refreshContent, logger }) => {
				if (!restarted || !refreshContent) return;
				const content = join(root, 'content') + sep;
				let timers: NodeJS.Timeout[] = [];
				const refresh = (file: string) => {
					if (!file.startsWith(content)) return;
					for (const timer of timers) clearTimeout(timer);
					// Astro skips a sync while it reloads its content configuration, which it does for a few
					// seconds after a restart; it gives no signal when that is done, so the sync is asked for
					// again later (one that finds nothing changed only reads the files).
					timers = RETRIES_MS.map((delay) =>
						setTimeout(() => {
							refreshContent({}).catch((error: unknown) => logger.error(`could not reload content: ${String(error)}`));
						}, delay),
					);
					logger.info(`reloading content: ${relative(root, file)} changed`);
				};
				server.watcher.on('add', refresh);
				server.watcher.on('change', refresh);
				server.watcher.on('unlink', refresh);
			},
		},
	};
}

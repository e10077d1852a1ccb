import type { HookParameters } from 'astro';
import { relative, sep } from 'node:path';
import { setImmediate as nextTurn, setTimeout as pause } from 'node:timers/promises';

type ServerSetup = HookParameters<'astro:server:setup'>;

interface ReloadedSource {
	/** Absolute paths of the files and folders (ending with the path separator) the collections read. */
	paths: readonly string[];
	/** Names of the loaders that read them (`Loader.name`). */
	loaders: readonly string[];
}

/** What a reload hands the loaders (`refreshContextData`): a loader calls `ran()` when it runs. */
interface ReloadContext extends Record<string, unknown> {
	changed: string;
	ran: () => void;
}

/** Pauses between attempts at a reload Astro skipped; the last one gives up. */
const PAUSES_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 16_000];

/**
 * In `astro dev`, reloads the named collections when a file they read is added, changed or
 * removed: `refreshContent` with their loaders, the documented way for an integration to reload
 * content. Called from `astro:server:setup`, which runs again with the live server after every
 * restart in place, so the reload keeps working where a loader's own watcher (the one of the
 * first server, closed by the restart) would not: see `checked-glob.ts`.
 *
 * Astro reloads its content configuration whenever a Markdown or data file changes (it starts on
 * the same watcher event), and skips a reload asked for meanwhile without telling the caller:
 * quietly while it is loading, or with "Content config not loaded" when the loading starts after
 * the call. So the first call waits for the watcher's other listeners to have run (Astro's then
 * has started loading, and the call is skipped quietly); the loaders confirm they ran
 * (`ReloadContext.ran`), and a reload they did not confirm is asked for again, later.
 *
 * @param root the project root, to print paths relative to it
 */
export function reloadOnChange({ server, refreshContent, logger }: ServerSetup, root: string, source: ReloadedSource): void {
	if (!refreshContent) return;
	// Vite watches the project; only a folder outside it (`MARGO_PROPOSALS_DIR`) is added (adding a
	// folder of the project again was seen to stop the watcher reporting its files).
	for (const path of source.paths) if (relative(root, path).startsWith('..')) server.watcher.add(path);
	const reload = async (file: string) => {
		let ran = false;
		const context: ReloadContext = { changed: relative(root, file), ran: () => void (ran = true) };
		await nextTurn();
		for (const wait of [0, ...PAUSES_MS]) {
			if (wait) await pause(wait);
			await refreshContent({ loaders: [...source.loaders], context });
			if (ran) return;
		}
		logger.warn(`${context.changed} changed, but Astro did not reload it; restart \`npm run dev\` to see the change`);
	};
	const onEvent = (file: string) => {
		if (!source.paths.some((path) => file === path || (path.endsWith(sep) && file.startsWith(path)))) return;
		reload(file).catch((error: unknown) =>
			logger.error(`could not reload ${relative(root, file)}: ${error instanceof Error ? error.message : String(error)}`),
		);
	};
	server.watcher.on('add', onEvent);
	server.watcher.on('change', onEvent);
	server.watcher.on('unlink', onEvent);
}

/** Called by a loader as it runs: confirms a reload asked for by `reloadOnChange`. */
export function confirmReload(refreshContextData: Record<string, unknown> | undefined): void {
	const ran = refreshContextData?.['ran'];
	if (typeof ran === 'function') ran();
}

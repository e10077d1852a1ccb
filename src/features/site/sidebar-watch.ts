import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sidebarSignature } from './content-sidebar.ts';
import { pageProblems } from './content-checks.ts';

/**
 * The sidebar is computed from the pages' front matter when the configuration loads. In
 * `astro dev`, adding, removing, renaming or reordering a page restarts the server so the
 * sidebar follows; editing a page's text keeps hot reload (no restart). A page whose front matter
 * is broken restarts nothing: the sidebar keeps it as it was until it is fixed, while the front
 * matter check shows the problem (a restart would show a blank page in the meantime).
 */
export function sidebarWatchIntegration(): AstroIntegration {
	let stamp = '';
	let signature = '';
	let root = '';
	return {
		name: 'margo:sidebar-watch',
		hooks: {
			'astro:config:setup': ({ config, command, addWatchFile }) => {
				if (command !== 'dev') return;
				root = fileURLToPath(config.root);
				// Vite does not watch node_modules; .astro/ is Astro's own scratch folder (git-ignored).
				const dir = join(root, '.astro');
				mkdirSync(dir, { recursive: true });
				stamp = join(dir, 'sidebar-stamp');
				writeFileSync(stamp, '');
				// All of content/docs, not only the group folders: imported specifications have folders of their own.
				signature = sidebarSignature(root, ['']);
				addWatchFile(stamp);
			},
			'astro:server:setup': ({ server }) => {
				const docs = join(root, 'content', 'docs') + sep;
				const check = (file: string) => {
					if (!file.startsWith(docs) || !/\.mdx?$/.test(file)) return;
					if (existsSync(file) && pageProblems(relative(root, file), readFileSync(file, 'utf8')).length) return;
					const next = sidebarSignature(root, ['']);
					if (next === signature) return;
					signature = next;
					server.config.logger.info(`sidebar changed (${relative(root, file)})`);
					writeFileSync(stamp, next);
				};
				server.watcher.on('add', check);
				server.watcher.on('unlink', check);
				server.watcher.on('change', check);
			},
		},
	};
}

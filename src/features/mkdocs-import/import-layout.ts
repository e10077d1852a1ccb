import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';
import type { ProjectFolder } from './project-files.ts';

/** Where an import reads from and writes to. */
export interface ImportLayout {
	/** The MkDocs project, read only through `project-files.ts`. */
	project: ProjectFolder;
	/** `docs_dir`, relative to the project. */
	docsDir: string;
	/** The site (absolute): the folder holding `content/` and `public/`. */
	siteRoot: string;
	/** The target folder under `content/docs/` (`''` for its top). */
	into: string;
	/** The target folder relative to the site root (`content/docs/<into>`). */
	targetDir: string;
	/** Address files of the project are linked at on GitHub (`https://github.com/o/r/blob/<branch>/<path of project>`). */
	github: string;
	/** The page a source page (relative to docs_dir) is written to, relative to the target folder. */
	targetOf(source: string): string;
}

/** Images go beside the pages (Astro resolves and optimises them); linked files go to `public/`. */
export type AssetPlace = 'beside-pages' | 'public';

/**
 * Where a copied file goes: under `_assets/` in the target folder, or in `public/` at the same
 * path, keeping its path in the MkDocs project so two files never meet.
 */
export function assetDestination(layout: ImportLayout, inProject: string, place: AssetPlace): { file: string; url: string } {
	const relative = posix.join(layout.into, '_assets', inProject);
	return place === 'beside-pages'
		? { file: posix.join(layout.targetDir, '_assets', inProject), url: '' }
		: { file: posix.join('public', relative), url: `/${relative}` };
}

/** The route of a page written at `target` (relative to the target folder): `/<into>/<path>/`. */
export function routeOf(into: string, target: string): string {
	const path = posix.join(into, target.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''));
	return path === '.' || path === '' ? '/' : `/${path.replace(/^\/|\/$/g, '')}/`;
}

/**
 * The address of the project's files on GitHub: `MARGO_REPOSITORY` (`owner/name` or a full
 * address, default margo/specification), `MARGO_BRANCH` (default pre-draft), and the project's
 * folder inside its git checkout when it is one (asked of git; nothing leaves the machine).
 */
export function githubBase(projectDir: string, env: NodeJS.ProcessEnv): string {
	const repository = env['MARGO_REPOSITORY'] ?? 'margo/specification';
	const address = /^https?:\/\//.test(repository) ? repository.replace(/\/+$/, '') : `https://github.com/${repository}`;
	const branch = env['MARGO_BRANCH'] ?? 'pre-draft';
	let prefix = '';
	try {
		// The project's own git settings are not trusted: no hook or file-system monitor may run.
		prefix = execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', 'rev-parse', '--show-prefix'], {
			cwd: projectDir,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
	} catch {
		// Not a git checkout: the project is taken to be the repository's root.
	}
	return `${address}/blob/${branch}${prefix ? `/${prefix.replace(/\/$/, '')}` : ''}`;
}

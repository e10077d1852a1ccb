import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './run-astro.ts';

const FIXTURE = join(projectRoot, 'tests', 'fixtures', 'changes');

export interface ChangesRepo {
	/** The project root: a git repository whose working tree is the second commit. */
	root: string;
	base: string;
	head: string;
	remove(): void;
}

function git(root: string, ...args: string[]): string {
	return execFileSync('git', args, {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		// A commit needs an author; the tester's own git settings must not matter.
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 'Test',
			GIT_AUTHOR_EMAIL: 'test@example.org',
			GIT_COMMITTER_NAME: 'Test',
			GIT_COMMITTER_EMAIL: 'test@example.org',
			GIT_CONFIG_GLOBAL: '/dev/null',
			GIT_CONFIG_NOSYSTEM: '1',
		},
	}).trim();
}

/**
 * A site in a new git repository in a temporary folder, with two commits: `tests/fixtures/changes/base/`
 * then `head/` (both over `common/`). It builds like a fixture site: its config and content
 * collections are the project's. Ignored by the project's git (`tests/fixtures/.tmp-*`).
 */
export function createChangesRepo(): ChangesRepo {
	// Inside the project, like the fixture sites: Vite resolves the site's code and packages from
	// there, and serves nothing right from a root outside the folder that holds them.
	const root = mkdtempSync(join(projectRoot, 'tests', 'fixtures', '.tmp-changes-'));
	writeFileSync(join(root, '.gitignore'), 'dist/\n.astro/\n');
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport { createSiteConfig } from ${JSON.stringify(join(projectRoot, 'src', 'site.ts'))};\n\nexport default defineConfig(createSiteConfig({ root: ${JSON.stringify(root)} }));\n`,
	);
	mkdirSync(join(root, 'src'));
	writeFileSync(
		join(root, 'src', 'content.config.ts'),
		`export { collections } from ${JSON.stringify(join(projectRoot, 'src', 'content.config.ts'))};\n`,
	);
	// The site's icon and schemas, which its pages link to.
	cpSync(join(projectRoot, 'public'), join(root, 'public'), { recursive: true });
	cpSync(join(FIXTURE, 'common'), root, { recursive: true });
	cpSync(join(FIXTURE, 'base'), root, { recursive: true });
	git(root, 'init', '-q', '-b', 'main');
	git(root, 'add', '-A');
	git(root, 'commit', '-q', '-m', 'base');
	const base = git(root, 'rev-parse', 'HEAD');
	git(root, 'rm', '-q', '-r', 'content', 'openapi');
	cpSync(join(FIXTURE, 'common'), root, { recursive: true });
	cpSync(join(FIXTURE, 'head'), root, { recursive: true });
	git(root, 'add', '-A');
	git(root, 'commit', '-q', '-m', 'head');
	return { root, base, head: git(root, 'rev-parse', 'HEAD'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

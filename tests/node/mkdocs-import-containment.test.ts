import { expect, test, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { projectRoot } from '../support/run-astro.ts';

/**
 * An imported MkDocs project is not trusted (issue #22): whatever it names, the import reads no
 * file outside the project's folder (symbolic links resolved), expands no environment variable,
 * and writes nothing outside content/docs/<into> and public/<into>/_assets. Each attack below is
 * a project made here in a temporary folder, beside a secret file the project must not reach.
 */

const cli = join(projectRoot, 'src/features/mkdocs-import/cli.ts');
const SECRET = 'margo-secret-7f3a';

vi.setConfig({ testTimeout: 60_000 });

/** A site (`site/content/docs/`) beside a secret (`outside/secret.md`), with an MkDocs project in `site/mkdocs-src/`. */
function setUp(files: Record<string, string>): { root: string; site: string } {
	const root = realpathSync(mkdtempSync(join(tmpdir(), 'margo-contain-')));
	const site = join(root, 'site');
	mkdirSync(join(site, 'content/docs'), { recursive: true });
	mkdirSync(join(root, 'outside/pages'), { recursive: true });
	writeFileSync(join(root, 'outside/secret.md'), `${SECRET}\n`);
	writeFileSync(join(root, 'outside/pages/leak.md'), `# Leak\n\n${SECRET}\n`);
	const project = { 'mkdocs.yml': 'site_name: Spec\n', 'docs/index.md': '# Home\n\nWelcome.\n', ...files };
	for (const [path, text] of Object.entries(project)) {
		mkdirSync(dirname(join(site, 'mkdocs-src', path)), { recursive: true });
		writeFileSync(join(site, 'mkdocs-src', path), text);
	}
	return { root, site };
}

function link(site: string, path: string, target: string): void {
	mkdirSync(dirname(join(site, 'mkdocs-src', path)), { recursive: true });
	symlinkSync(target, join(site, 'mkdocs-src', path));
}

function run(root: string, site: string, args: string[], env: NodeJS.ProcessEnv = {}): { code: number; output: string } {
	const result = spawnSync(process.execPath, [cli, 'mkdocs-src', ...args], {
		cwd: site,
		env: { ...process.env, ...env, INIT_CWD: site },
		encoding: 'utf8',
	});
	return { code: result.status ?? -1, output: (result.stdout + result.stderr).replaceAll(root, '<tmp>') };
}

/** Every file under the temporary root except the project's, with its text: what the import may have written. */
function written(root: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		const path = relative(root, join(entry.parentPath, entry.name));
		// Files seen through a symbolic link are counted where they really are.
		const real = entry.isFile() && realpathSync(join(root, path)) === join(root, path);
		if (real && !path.startsWith('site/mkdocs-src/')) files[path] = readFileSync(join(root, path), 'utf8');
	}
	return files;
}

const untouched = { 'outside/secret.md': `${SECRET}\n`, 'outside/pages/leak.md': `# Leak\n\n${SECRET}\n` };

test('refuses a snippet whose ../ path leads out of the project, writing nothing', () => {
	const { root, site } = setUp({ 'docs/index.md': '# Home\n\n--8<-- "../../../outside/secret.md"\n\n--8<-- "/etc/passwd"\n' });
	const { code, output } = run(root, site, ['--into', 'spec']);
	expect(code).toBe(1);
	expect(output).toMatchInlineSnapshot(`
		"Import of mkdocs-src stopped: 2 errors; nothing was written.
		  pages: 1 in nav, 0 unlisted
		  figures: 0, other files: 0
		  links: 0 rewritten to this site's pages, 0 to files on GitHub

		Errors (2):
		mkdocs-src/docs/index.md:3: \`../../outside/secret.md\` leads outside the MkDocs project (to <tmp>/outside/secret.md); the import reads only files inside mkdocs-src [mkdocs/outside-project]
		  fix: copy the file into the project and refer to that copy, or remove the symbolic link or \`../\` path
		mkdocs-src/docs/index.md:5: snippet \`/etc/passwd\` not found (looked for \`etc/passwd\` or \`docs/etc/passwd\` in mkdocs-src) [mkdocs/missing-snippet]
		  fix: correct the snippet path, or set \`base_path\` of pymdownx.snippets in mkdocs.yml to the folder that holds it
		"
	`);
	expect(written(root)).toEqual(untouched);
});

test('refuses a linked PDF and an image that are symbolic links to files of the machine', () => {
	const { root, site } = setUp({ 'docs/index.md': '# Home\n\n[The specification](../figures/spec.pdf)\n\n![Figure](fig.png)\n' });
	link(site, 'figures/spec.pdf', '/etc/passwd');
	link(site, 'docs/fig.png', '/proc/self/environ');
	const { code, output } = run(root, site, ['--into', 'spec'], { MARGO_TEST_TOKEN: SECRET });
	expect(code).toBe(1);
	expect(output.replace(/\/proc\/\d+\//, '/proc/<pid>/')).toMatchInlineSnapshot(`
		"Import of mkdocs-src stopped: 2 errors; nothing was written.
		  pages: 1 in nav, 0 unlisted
		  figures: 0, other files: 0
		  links: 0 rewritten to this site's pages, 0 to files on GitHub

		Errors (2):
		mkdocs-src/docs/index.md:3: \`figures/spec.pdf\` leads outside the MkDocs project (to /etc/passwd); the import reads only files inside mkdocs-src [mkdocs/outside-project]
		  fix: copy the file into the project and refer to that copy, or remove the symbolic link or \`../\` path
		mkdocs-src/docs/index.md:5: \`docs/fig.png\` leads outside the MkDocs project (to /proc/<pid>/environ); the import reads only files inside mkdocs-src [mkdocs/outside-project]
		  fix: copy the file into the project and refer to that copy, or remove the symbolic link or \`../\` path
		"
	`);
	expect(written(root)).toEqual(untouched);
});

test('refuses a symbolic link to a folder or a page outside the project', () => {
	const { root, site } = setUp({});
	link(site, 'docs/linked', join(root, 'outside/pages'));
	link(site, 'docs/secret.md', join(root, 'outside/secret.md'));
	const { code, output } = run(root, site, ['--into', 'spec']);
	expect(code).toBe(1);
	expect(output).toMatchInlineSnapshot(`
		"Import of mkdocs-src stopped: 2 errors; nothing was written.
		  pages: 1 in nav, 0 unlisted
		  figures: 0, other files: 0
		  links: 0 rewritten to this site's pages, 0 to files on GitHub

		Errors (2):
		mkdocs-src/docs/linked: \`docs/linked\` leads outside the MkDocs project (to <tmp>/outside/pages); the import reads only files inside mkdocs-src [mkdocs/outside-project]
		  fix: copy the file into the project and refer to that copy, or remove the symbolic link or \`../\` path
		mkdocs-src/docs/secret.md: \`docs/secret.md\` leads outside the MkDocs project (to <tmp>/outside/secret.md); the import reads only files inside mkdocs-src [mkdocs/outside-project]
		  fix: copy the file into the project and refer to that copy, or remove the symbolic link or \`../\` path
		"
	`);
	expect(written(root)).toEqual(untouched);
});

test('follows a symbolic link that stays inside the project', () => {
	const { root, site } = setUp({ 'shared/terms.md': '# Terms\n\nWords.\n' });
	link(site, 'docs/terms', '../shared');
	const { code } = run(root, site, ['--into', 'spec']);
	expect(code).toBe(0);
	expect(readFileSync(join(site, 'content/docs/spec/terms/terms.md'), 'utf8')).toContain('Words.');
});

test('never expands !ENV in mkdocs.yml: the default is taken and a warning says so', () => {
	const { root, site } = setUp({
		'mkdocs.yml': 'site_name: !ENV [MARGO_TEST_TOKEN, Fallback title]\nsite_url: !ENV MARGO_TEST_TOKEN\n',
	});
	const { code, output } = run(root, site, ['--into', 'spec'], { MARGO_TEST_TOKEN: SECRET });
	expect(code).toBe(0);
	expect(output).toMatchInlineSnapshot(`
		"Imported mkdocs-src into content/docs/spec/
		  pages: 1 in nav, 0 unlisted
		  figures: 0, other files: 0
		  links: 0 rewritten to this site's pages, 0 to files on GitHub
		  files: 1 written, 0 unchanged, 0 removed

		Warnings (2):
		mkdocs-src/mkdocs.yml:1: \`!ENV\` reads an environment variable; the import never reads the environment and takes the value as its default \`Fallback title\` [mkdocs/env-tag]
		  fix: write the value itself in mkdocs.yml if the import should use it
		mkdocs-src/mkdocs.yml:2: \`!ENV\` reads an environment variable; the import never reads the environment and takes the value as unset (no value) [mkdocs/env-tag]
		  fix: write the value itself in mkdocs.yml if the import should use it
		"
	`);
	expect(JSON.stringify(written(root)).split(SECRET)).toHaveLength(3);
	expect(JSON.parse(readFileSync(join(site, 'content/docs/spec/.mkdocs-import.json'), 'utf8')).title).toBe('Fallback title');
});

test('refuses --into paths that leave content/docs, and a target folder that is a symbolic link out of it', () => {
	const { root, site } = setUp({});
	for (const into of ['../../escape', './../escape', 'a/../../escape', '/tmp/escape', '..']) {
		const { code, output } = run(root, site, ['--into', into]);
		expect(code, into).toBe(1);
		expect(output, into).toContain(`--into: \`${into}\` is not a folder under content/docs [mkdocs/bad-option]`);
	}
	symlinkSync(join(root, 'outside'), join(site, 'content/docs/spec'));
	const { code, output } = run(root, site, ['--into', 'spec']);
	expect(code).toBe(1);
	expect(output).toMatchInlineSnapshot(`
		"Import of mkdocs-src stopped: 4 errors; nothing was written.
		  pages: 1 in nav, 0 unlisted
		  figures: 0, other files: 0
		  links: 0 rewritten to this site's pages, 0 to files on GitHub

		Errors (4):
		content/docs/spec/.mkdocs-import.json: the import would write this file outside content/docs/spec and public/spec/_assets (a folder on its way leads elsewhere) [mkdocs/outside-target]
		  fix: replace the symbolic link on the way with a folder, or import into another folder with --into
		content/docs/spec/index.md: the import would write this file outside content/docs/spec and public/spec/_assets (a folder on its way leads elsewhere) [mkdocs/outside-target]
		  fix: replace the symbolic link on the way with a folder, or import into another folder with --into
		content/docs/spec/pages/leak.md:1: the target folder content/docs/spec holds this page, which no earlier import wrote [mkdocs/foreign-page]
		  fix: move the page out of the folder, import into an empty folder with --into, or pass --force to import beside it
		content/docs/spec/secret.md:1: the target folder content/docs/spec holds this page, which no earlier import wrote [mkdocs/foreign-page]
		  fix: move the page out of the folder, import into an empty folder with --into, or pass --force to import beside it
		"
	`);
	expect(written(root)).toEqual(untouched);
	expect(existsSync(join(root, 'escape'))).toBe(false);
});

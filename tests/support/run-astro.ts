import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildResult {
	/** Exit code of `astro build`. */
	code: number;
	/** Everything the build printed (stdout and stderr), without terminal colours. */
	output: string;
	/** Folder the site was written to. */
	outDir: string;
}

/** The names under which vitest exposes Vite's `import.meta.env` in `process.env`. */
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/**
 * The test's environment without what vitest adds, for a child `astro` process: the
 * `import.meta.env` values, and `VITEST`, with which `astro dev` serves no page.
 */
export function astroChildEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITE_ENV.has(name) && !name.startsWith('VITEST')));
}

/**
 * Builds a site in a child process, as a contributor's `npm run build` would, so a failing build
 * cannot take the test process with it and its messages are captured exactly as printed.
 * `env` adds to the environment, e.g. `{ MARGO_BASE: '/specification/' }`; `signal` stops the build.
 */
export function buildSite(
	root: string,
	outDir = mkdtempSync(join(tmpdir(), 'margo-build-')),
	env: Record<string, string> = {},
	signal?: AbortSignal,
): Promise<BuildResult> {
	// vitest puts Vite's `import.meta.env` values in the test's environment (`BASE_URL=/`, `MODE=test`,
	// …); inherited, they would override the build's own (`BASE_URL` would undo `MARGO_BASE`).
	const inherited = astroChildEnv();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astroBin, 'build', '--root', root, '--outDir', outDir], {
			cwd: root,
			// vitest sets NODE_ENV=test, which would make Astro build a development site (no search).
			env: { ...inherited, ...env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
			...(signal ? { signal } : {}),
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output: stripAnsi(output), outDir }));
	});
}

/** Builds `tests/fixtures/<scenario>/`, with `env` added to the environment (e.g. `{ MARGO_BASE: '/docs/' }`). */
export function buildFixture(scenario: string, env: Record<string, string> = {}): Promise<BuildResult> {
	return buildSite(join(projectRoot, 'tests', 'fixtures', scenario), undefined, env);
}

function stripAnsi(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/**
 * The problem report a check printed when it stopped the build: from its `<title>:` line up to
 * the `Location:` block Astro adds after an integration's error.
 */
export function problemReport(output: string, title: string): string {
	const start = output.indexOf(`${title}:`);
	if (start === -1) throw new Error(`The build printed no "${title}:" report. Its output:\n${output}`);
	const end = output.indexOf('  Location:', start);
	return output.slice(start, end === -1 ? undefined : end);
}

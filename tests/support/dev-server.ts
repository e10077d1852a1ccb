import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { astroChildEnv, projectRoot } from './run-astro.ts';

const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** What a contributor's checkout holds that `astro dev` reads. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'openapi', 'public'];

export interface DevServer {
	/** The copy of the project the server runs on: edit its `content/` freely. */
	root: string;
	url: (path?: string) => string;
	/** Everything the server printed so far, without terminal colours. */
	output: () => string;
	/** Resolves when the output holds `text` after the first `from` characters. */
	printed: (text: string | RegExp, from?: number) => Promise<void>;
	stop: () => Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/**
 * `astro dev` on a copy of the project in `.scratch/` (git-ignored), so a test can add and edit
 * trackers and pages as a contributor would without touching the real content. The copy sits
 * inside the project so that its `node_modules` is found by walking up, as Vite expects.
 */
export async function startDevServer(): Promise<DevServer> {
	const scratch = join(projectRoot, '.scratch');
	mkdirSync(scratch, { recursive: true });
	const root = mkdtempSync(join(scratch, 'dev-server-'));
	for (const name of PROJECT_FILES) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
	const port = await freePort();
	const child: ChildProcess = spawn(process.execPath, [astroBin, 'dev', '--root', root, '--port', String(port), '--host', '127.0.0.1'], {
		cwd: root,
		env: { ...astroChildEnv(), NODE_ENV: 'development', FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const waiting = new Set<() => void>();
	const append = (chunk: Buffer) => {
		// eslint-disable-next-line no-control-regex
		output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
		for (const check of waiting) check();
	};
	child.stdout?.on('data', append);
	child.stderr?.on('data', append);
	const printed = (text: string | RegExp, from = 0) =>
		new Promise<void>((resolve, reject) => {
			const check = () => {
				const rest = output.slice(from);
				if (typeof text === 'string' ? rest.includes(text) : text.test(rest)) {
					waiting.delete(check);
					resolve();
				}
			};
			child.once('exit', () => reject(new Error(`astro dev exited before printing ${String(text)}:\n${output}`)));
			waiting.add(check);
			check();
		});
	await printed('watching for file changes');
	return {
		root,
		url: (path = '/') => new URL(path, `http://127.0.0.1:${port}`).href,
		output: () => output,
		printed,
		stop: () =>
			new Promise<void>((resolve) => {
				child.once('exit', () => {
					rmSync(root, { recursive: true, force: true });
					resolve();
				});
				child.kill('SIGTERM');
			}),
	};
}

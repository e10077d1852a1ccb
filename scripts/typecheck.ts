import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run typecheck`: generates Astro's types, then checks each TypeScript project of the
 * repository, each with its own lib: the site and its Node code (`.`), and the mock's browser,
 * service-worker and Node builds. tsc keeps what it learnt between runs in
 * `node_modules/.cache/margo-tsc/` (its documented `--incremental` build info, which records every
 * file it read and its hash), so the next run checks again only what an edit can affect;
 * `npm run clean` removes it.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

const PROJECTS = [
	{ name: 'site', path: '.' },
	{ name: 'mock-browser', path: 'src/features/mock/browser' },
	{ name: 'mock-worker', path: 'src/features/mock/worker' },
	{ name: 'mock-node', path: 'src/features/mock/node' },
];

function run(command: string, args: string[]): void {
	const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	if (status !== 0) process.exit(status ?? 1);
}

run(bin('astro'), ['sync']);
for (const { name, path } of PROJECTS) {
	const buildInfo = join('node_modules', '.cache', 'margo-tsc', `${name}.tsbuildinfo`);
	run(bin('tsc'), ['--noEmit', '--incremental', '--tsBuildInfoFile', buildInfo, '-p', path]);
}

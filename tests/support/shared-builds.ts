import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChangesRepo } from './changes-repo.ts';
import { buildSite, projectRoot, type BuildResult } from './run-astro.ts';

/**
 * The builds that more than one test file reads (or that are worth starting before their test
 * comes), each done once per test run in vitest's own process and handed to test files by name
 * over HTTP on 127.0.0.1 (`sharedBuild` in `shared-build.ts`). Nothing is kept between runs: each
 * run builds from the sources it tests, so no result can hide a failure of the current code.
 *
 * Names: `site` (the real site), `site-base` (the real site under a base path, as a preview),
 * `changes-repo` (the two-commit repository of `changes-repo.ts`, compared), `fixture/<scenario>`
 * (`tests/fixtures/<scenario>/` as it is).
 */

/** The base path and pull request of the real site's second build, as GitHub Pages serves a project's preview. */
export const BASE = '/specification/';
export const PULL_REQUEST = '919';

export interface SharedBuild extends BuildResult {
	/** True when the site was not built in this run but taken from a folder named by the tester. */
	reused: boolean;
}

const cacheDir = (name: string) => join(projectRoot, 'node_modules', '.cache', name);

/** Where the real site is built (or the folder `MARGO_TEST_DIST` names, built earlier). */
export const siteDir = () => process.env['MARGO_TEST_DIST'] ?? cacheDir('margo-test-site');

async function reuseOrBuild(dir: string | undefined, build: () => Promise<BuildResult>): Promise<SharedBuild> {
	if (!dir) return { ...(await build()), reused: false };
	const code = existsSync(join(dir, 'index.html')) ? 0 : 1;
	return { code, output: code ? `No built site in ${dir}` : '', outDir: dir, reused: true };
}

/** Everything one run shares; one per process, whichever project's setup came first. */
class SharedBuilds {
	readonly #started = new Map<string, Promise<SharedBuild>>();
	readonly #scratch: string[] = [];
	readonly #stop = new AbortController();
	readonly #server = createServer((request, response) => {
		this.get(decodeURIComponent((request.url ?? '/').slice(1))).then(
			(build) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(build)),
			(error: unknown) => response.writeHead(500).end(String(error)),
		);
	});
	readonly url: Promise<string>;

	constructor() {
		// A build can outlast Node's default limits for answering a request.
		this.#server.requestTimeout = 0;
		this.#server.headersTimeout = 0;
		this.url = new Promise((resolve) =>
			this.#server.listen(0, '127.0.0.1', () => {
				const address = this.#server.address();
				resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '');
			}),
		);
	}

	#recipe(name: string): (() => Promise<SharedBuild>) | undefined {
		const signal = this.#stop.signal;
		if (name === 'site') return () => reuseOrBuild(process.env['MARGO_TEST_DIST'], () => buildSite(projectRoot, siteDir(), {}, signal));
		if (name === 'site-base')
			return () =>
				reuseOrBuild(process.env['MARGO_TEST_BASE_DIST'], () =>
					buildSite(projectRoot, cacheDir('margo-test-site-base'), { MARGO_BASE: BASE, MARGO_PULL_REQUEST: PULL_REQUEST }, signal),
				);
		if (name === 'changes-repo')
			return async () => {
				const repo = createChangesRepo();
				this.#scratch.push(repo.root);
				const env = { MARGO_COMPARE_WITH: 'HEAD~1', MARGO_PULL_REQUEST: '7' };
				return { ...(await buildSite(repo.root, join(repo.root, 'dist'), env, signal)), reused: false };
			};
		const scenario = /^fixture\/([a-z0-9][a-z0-9.-]*)$/.exec(name)?.[1];
		if (!scenario || !existsSync(join(projectRoot, 'tests', 'fixtures', scenario, 'astro.config.mjs'))) return undefined;
		return async () => {
			const outDir = mkdtempSync(join(tmpdir(), `margo-${scenario}-`));
			this.#scratch.push(outDir);
			return { ...(await buildSite(join(projectRoot, 'tests', 'fixtures', scenario), outDir, {}, signal)), reused: false };
		};
	}

	/** The build named `name`: started on the first ask, the same result for every later one. */
	get(name: string): Promise<SharedBuild> {
		let build = this.#started.get(name);
		if (!build) {
			const make = this.#recipe(name);
			if (!make) return Promise.reject(new Error(`No shared build is named "${name}"`));
			build = make();
			this.#started.set(name, build);
		}
		return build;
	}

	/** Starts `names` one after the other in the background; a test that asks for one earlier starts it at once. */
	async inBackground(names: Iterable<string>): Promise<void> {
		for (const name of names) await this.get(name).catch(() => undefined);
	}

	/** Stops what still builds, and removes this run's folders (the real site's stay, for `MARGO_TEST_DIST`). */
	async close(): Promise<void> {
		this.#stop.abort();
		await new Promise<void>((resolve) => this.#server.close(() => resolve()));
		await Promise.allSettled(this.#started.values());
		for (const dir of this.#scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
	}
}

// vitest loads the config (with its sequencer) and each project's setup as separate module
// instances in one process: the run's builds are kept on the process, so all see the same ones.
const KEY = Symbol.for('margo.tests.sharedBuilds');
type Holder = { [KEY]?: SharedBuilds };

/** This run's shared builds, created on the first call. */
export function sharedBuilds(): SharedBuilds {
	const holder = globalThis as Holder;
	return (holder[KEY] ??= new SharedBuilds());
}

/** Ends this run's shared builds, if any were made. */
export async function closeSharedBuilds(): Promise<void> {
	const holder = globalThis as Holder;
	const builds = holder[KEY];
	delete holder[KEY];
	await builds?.close();
}

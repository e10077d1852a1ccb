import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import Sequencer from './support/sequencer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Three kinds of test, run by one `npm test`:
 * - unit: pure logic, next to the code (`src/**\/*.test.ts`);
 * - node: tests that start servers or commands (`tests/node/`);
 * - build: builds a fixture site from `tests/fixtures/<scenario>/` and checks its output or error;
 * - browser: the real site, built once, served locally and driven in Debian's Chromium.
 * On a machine of two cores: unit, node and build tests run together, two files at a time, while the
 * builds the browser tests read are made in the background (`support/sequencer.ts`,
 * `support/shared-builds.ts`); the browser tests come after them, two files at a time, the longest first.
 */
const WORKERS = 2;

export default defineConfig({
	test: {
		root,
		reporters: ['default', './tests/support/summary-reporter.ts'],
		sequence: { sequencer: Sequencer },
		maxWorkers: WORKERS,
		// A passing run prints its results only: no performance tips after the summary.
		experimental: { diagnostics: false },
		projects: [
			{
				test: {
					name: 'unit',
					root,
					include: ['src/**/*.test.ts'],
					maxWorkers: WORKERS,
					// Pure logic: its files share worker processes rather than each starting its own
					// (a third of the CPU time; they keep no state between files).
					isolate: false,
					// Node warns once that a `patch` method is not upper-cased; the mock's routing test sends one on purpose.
					execArgv: ['--disable-warning=UNDICI-FETCH-patch'],
					// They share two cores with builds and Chromium: a first call that loads a library can take seconds.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'node',
					root,
					include: ['tests/node/**/*.test.ts'],
					maxWorkers: WORKERS,
					// Some start ESLint, a command or a server: seconds on a busy machine of two cores.
					testTimeout: 30_000,
					hookTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'build',
					root,
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/support/global-setup.ts'],
					maxWorkers: WORKERS,
					// A build waits its turn for the cores: minutes on a busy machine.
					testTimeout: 480_000,
					hookTimeout: 480_000,
				},
			},
			{
				test: {
					name: 'browser',
					root,
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/support/global-setup.ts', 'tests/browser/global-setup.ts'],
					// With Chromium's pages, two files keep both cores busy: more only slow each page down
					// until its waits time out.
					maxWorkers: WORKERS,
					sequence: { groupOrder: 1 },
					testTimeout: 60_000,
					// Tests marked concurrent (page types, screens) load this many pages at a time.
					maxConcurrency: 3,
					// Two files share the cores with Chromium's pages: a condition may take seconds to hold.
					expect: { poll: { timeout: 10_000 } },
					// A file's first hook may wait for the real site, which builds while the other tests run.
					hookTimeout: 480_000,
				},
			},
		],
	},
});

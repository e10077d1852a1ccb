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
 * `support/shared-builds.ts`); the browser tests come after them, two files at a time.
 */
const WORKERS = 2;

export default defineConfig({
	test: {
		root,
		reporters: ['default', './tests/support/summary-reporter.ts'],
		sequence: { sequencer: Sequencer },
		maxWorkers: WORKERS,
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
				},
			},
			{
				test: {
					name: 'node',
					root,
					include: ['tests/node/**/*.test.ts'],
					maxWorkers: WORKERS,
					// Some start ESLint or a command: seconds on a busy machine of two cores.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'build',
					root,
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/support/global-setup.ts'],
					maxWorkers: WORKERS,
					testTimeout: 180_000,
					hookTimeout: 240_000,
				},
			},
			{
				test: {
					name: 'browser',
					root,
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/support/global-setup.ts', 'tests/browser/global-setup.ts'],
					maxWorkers: WORKERS,
					sequence: { groupOrder: 1 },
					testTimeout: 60_000,
					// A file's first hook may wait for the real site, which builds while the other tests run.
					hookTimeout: 300_000,
				},
			},
		],
	},
});

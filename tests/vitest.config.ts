import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Three kinds of test, run by one `npm test`:
 * - unit: pure logic, next to the code (`src/**\/*.test.ts`) or, when they start servers or commands, in `tests/node/`;
 * - build: builds a fixture site from `tests/fixtures/<scenario>/` and checks its output or error;
 * - browser: the real site, built once, served locally and driven in Debian's Chromium.
 * Builds and the browser compete for the machine's two cores, so those run one file at a time.
 */
export default defineConfig({
	test: {
		root,
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					root,
					include: ['src/**/*.test.ts', 'tests/node/**/*.test.ts'],
					// Some start ESLint or a command: seconds on a busy machine of two cores.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'build',
					root,
					include: ['tests/build/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 180_000,
				},
			},
			{
				test: {
					name: 'browser',
					root,
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});

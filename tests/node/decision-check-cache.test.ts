import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { decisionsIntegration } from '../../src/features/decisions/integration.ts';
import { scratchCopy } from '../support/github-scenario.ts';

/** Runs the decision register's setup as `astro build` does, on the project at `root`. */
async function setUp(root: string): Promise<void> {
	const hook = decisionsIntegration().hooks['astro:config:setup'] as unknown as (options: object) => Promise<void>;
	await hook({
		config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(join(root, 'node_modules', '.astro/')) },
		command: 'build',
		logger: { warn: () => {} },
		injectRoute: () => {},
	});
}

it('keeps a clean check of the trackers, and still stops the next build on a tracker broken since', async () => {
	const root = scratchCopy();
	const kept = join(root, 'node_modules', '.astro', 'margo-decision-checks.json');
	await setUp(root);
	expect(existsSync(kept)).toBe(true);
	const tracker = join(root, 'content', 'decisions', 'dt-003-unlinked.md');
	writeFileSync(tracker, readFileSync(tracker, 'utf8').replace(/^status: .*$/m, 'status: pondering'));
	await expect(setUp(root)).rejects.toThrow(/dt-003-unlinked\.md:\d+:\d+/);
	expect(existsSync(kept)).toBe(false);
});

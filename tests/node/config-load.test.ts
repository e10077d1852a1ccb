import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/run-astro.ts';

/**
 * Astro imports `astro.config.mjs` with Node itself and, only if that fails, loads it again
 * through Vite (a server started, each module of the site transformed: about 0.3 s of every build).
 * A module Node cannot load (TypeScript under `node_modules`, say) would bring that back silently.
 */
it('loads the site configuration with Node itself, without Vite', () => {
	const config = pathToFileURL(join(projectRoot, 'astro.config.mjs')).href;
	const script = `const { default: config } = await import(${JSON.stringify(config)}); console.log(JSON.stringify(config.integrations.map((i) => i.name)));`;
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8' });
	expect(result.stderr).toBe('');
	expect(JSON.parse(result.stdout) as string[]).toContain('@astrojs/starlight');
});

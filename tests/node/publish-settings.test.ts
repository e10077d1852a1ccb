import { expect, test } from 'vitest';
import { buildSite, projectRoot } from '../support/run-astro.ts';

// Both settings are read when Astro loads its config, so a bad value stops `npm run build` at once.
test('stops the build on a MARGO_BASE with a character not allowed in a URL path, saying how to fix it', async () => {
	const result = await buildSite(projectRoot, undefined, { MARGO_BASE: '/my docs/' });
	expect(result.code).not.toBe(0);
	expect(result.output).toContain(
		'MARGO_BASE="/my docs/" has a space at position 4, which is not allowed in a URL path. Set MARGO_BASE to a path such as /specification/',
	);
}, 60_000);

test('stops the build on a MARGO_PULL_REQUEST that is not a number, saying how to fix it', async () => {
	const result = await buildSite(projectRoot, undefined, { MARGO_PULL_REQUEST: 'feature/x' });
	expect(result.code).not.toBe(0);
	expect(result.output).toContain('MARGO_PULL_REQUEST="feature/x" is not a pull request number. Set it to the number alone');
}, 60_000);

import { expect, test } from 'vitest';
import { builtSite } from '../support/shared-build.ts';

// The site the browser tests use is built once for them (the shared build `site`); its output is
// the output of a clean `npm run build`, so a warning there is one every contributor sees.
test('builds the site without printing a warning', async ({ skip }) => {
	const site = await builtSite('site');
	// A site built earlier (`MARGO_TEST_DIST`) comes without its build's messages.
	if (site.reused) skip();
	expect(site.output.split('\n').filter((line) => /\bwarn/i.test(line))).toEqual([]);
});

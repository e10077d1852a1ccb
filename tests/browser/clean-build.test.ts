import { expect, inject, test } from 'vitest';

// The site the browser tests use is built once for them (`global-setup.ts`); its output is the
// output of a clean `npm run build`, so a warning there is one every contributor sees.
const warnings = inject('buildWarnings');

test.skipIf(warnings === null)('builds the site without printing a warning', () => {
	expect(warnings).toEqual([]);
});

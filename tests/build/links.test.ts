import { expect, test } from 'vitest';
import { buildFixture } from '../support/run-astro.ts';

// Built under a base path, as GitHub Pages serves a project site: Markdown links get the base from
// the build, so the report shows them with it; a raw HTML link keeps what its author wrote.
test('fails the build on a link to a missing page or heading, or one that misses the base, with the line', async () => {
	const result = await buildFixture('broken-links', { MARGO_BASE: '/docs/' });
	expect(result.code).not.toBe(0);
	const report = result.output.slice(result.output.indexOf('╭─ overview/links.md'), result.output.indexOf('╭─  '));
	expect(report).toContain('7 | /docs/overview/nowhere/');
	expect(report).toContain('8 | /docs/overview/links/#unknown-section');
	expect(report).toContain('10 | /overview/links/');
	expect(report).not.toContain('#known-section');
	expect(report).not.toContain('/guide/start/');
	expect(result.output).toContain('Found 3 invalid links in 1 file.');
});

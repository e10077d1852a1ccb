import { expect, test } from 'vitest';
import { buildFixture } from '../support/run-astro.ts';

test('fails the build on a link to a missing page or heading, with the line', async () => {
	const result = await buildFixture('broken-links');
	expect(result.code).not.toBe(0);
	const report = result.output.slice(result.output.indexOf('╭─ overview/links.md'), result.output.indexOf('╭─  '));
	expect(report).toContain('7 | /overview/nowhere/');
	expect(report).toContain('8 | /overview/links/#unknown-section');
	expect(report).not.toContain('#known-section');
	expect(result.output).toContain('Found 2 invalid links in 1 file.');
});

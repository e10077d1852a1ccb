import { expect, test } from 'vitest';
import { buildFixture, problemReport } from '../support/run-astro.ts';

test('fails the build naming the file, line and each bad front matter field', async () => {
	const result = await buildFixture('broken-frontmatter');
	expect(result.code).not.toBe(0);
	const report = problemReport(result.output, 'Specification pages');
	expect(report).toMatchInlineSnapshot(`
		"Specification pages: 2 problems

		content/docs/specification/bad-status.md:2:1: title: required field is missing [frontmatter/invalid-field]
		  fix: every page needs a \`title:\`; it is the page heading and the sidebar label
		content/docs/specification/bad-status.md:4:3: sidebar.order: Invalid input: expected number, received string [frontmatter/invalid-field]
		  fix: \`sidebar.order\` is a number; lower numbers come first in the sidebar group
		"
	`);
});

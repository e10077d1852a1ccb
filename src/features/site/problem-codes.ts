import { defineProblemCodes } from '#shared/problem-codes.ts';

/**
 * The codes the front matter check of `content/docs/` reports.
 */
export const SITE_PROBLEM_CODES = defineProblemCodes({
	'frontmatter/missing': { title: 'a page has no front matter', fix: 'start the page with a `---` block holding at least `title:`' },
	'frontmatter/yaml-syntax': { title: 'the front matter is not valid YAML', fix: 'check indentation and quoting on that line' },
	'frontmatter/invalid-field': { title: 'a front matter field has a wrong value or type' },
});

type SiteProblemCodes = typeof SITE_PROBLEM_CODES;

declare module '#shared/problem-codes.ts' {
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's codes into ProblemCode
	interface ProblemCodes extends SiteProblemCodes {}
}

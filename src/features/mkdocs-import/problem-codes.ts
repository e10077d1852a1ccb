import { defineProblemCodes } from '#shared/problem-codes.ts';

/**
 * The codes the MkDocs import reports (`import-problems.ts` says which stop the import).
 */
export const MKDOCS_PROBLEM_CODES = defineProblemCodes({
	'mkdocs/no-config': { title: 'the folder given to the import holds no mkdocs.yml', fix: 'pass the folder that holds mkdocs.yml' },
	'mkdocs/config-syntax': { title: 'mkdocs.yml is not valid YAML' },
	'mkdocs/bad-option': { title: 'an option of the import command is wrong' },
	'mkdocs/no-docs-dir': { title: 'the docs_dir of mkdocs.yml does not exist' },
	'mkdocs/nav-missing-file': { title: 'a nav entry names a file that is not in docs_dir' },
	'mkdocs/nav-duplicate-label': { title: 'two nav entries of one section have the same label' },
	'mkdocs/nav-duplicate-page': { title: 'a page is listed twice in the nav' },
	'mkdocs/nav-external-link': { title: 'a nav entry links to another site and is not imported' },
	'mkdocs/not-utf8': { title: 'a page or snippet is not valid UTF-8' },
	'mkdocs/broken-link': { title: 'a link names a page that does not exist' },
	'mkdocs/broken-anchor': {
		title: 'a link names a heading anchor the page does not have; it is sent to the one close heading, or to the page',
	},
	'mkdocs/missing-file': { title: 'an image or linked file does not exist' },
	'mkdocs/missing-snippet': { title: 'a `--8<--` snippet names a file that does not exist' },
	'mkdocs/outside-project': { title: 'a page, snippet, figure or folder leads outside the MkDocs project (a symbolic link or `../` path)' },
	'mkdocs/outside-target': { title: 'the import would write outside content/docs/<into> and public/<into>/_assets (a symbolic link)' },
	'mkdocs/env-tag': { title: 'mkdocs.yml reads an environment variable (`!ENV`); the import never does and takes its default' },
	'mkdocs/unconverted': { title: 'a construct MkDocs plugins render (Jinja, mkdocstrings) is left as a note' },
	'mkdocs/unlisted-page': { title: 'a page of docs_dir is not in the nav' },
	'mkdocs/link-to-skipped-page': { title: 'a link names a page left out by --only-nav; it links to GitHub instead' },
	'mkdocs/foreign-page': { title: 'the import would write where pages exist that no import wrote' },
	'mkdocs/hand-edited': { title: 'an imported page was edited by hand since the last import' },
	'mkdocs/unknown-party': { title: 'an imported statement does not say whom it binds; the requirement check will refuse it' },
	'mkdocs/requirement-registry': { title: 'content/requirements.yaml is malformed, so imported statements cannot get IDs' },
});

type MkdocsImportProblemCodes = typeof MKDOCS_PROBLEM_CODES;

declare module '#shared/problem-codes.ts' {
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's codes into ProblemCode
	interface ProblemCodes extends MkdocsImportProblemCodes {}
}

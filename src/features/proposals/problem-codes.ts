import { defineProblemCodes } from '#shared/problem-codes.ts';

/**
 * The codes reading the SUP folder reports.
 */
export const PROPOSAL_PROBLEM_CODES = defineProblemCodes({
	'proposal/outside-folder': { title: 'a SUP file is a symlink leading outside the SUP folder' },
	'proposal/not-utf8': { title: 'a SUP file is not UTF-8 text' },
	'proposal/two-folders': { title: 'the same SUP file is in two folders (it is moving); the later stage is shown' },
	'proposal/unmatched-row': { title: 'a row of the README status table links no SUP of the folder' },
	'proposal/stage-disagreement': { title: 'the README status table gives another stage than the folder or the pull request' },
	'proposal/missing-target': { title: 'a SUP links a figure or document that is not in the folder' },
	'proposal/unsafe-markup': { title: 'a SUP holds raw HTML or a link the site does not publish (script, handler, javascript: URL)' },
	'proposal/github-snapshot': {
		title: 'a pull request file under content/decisions/github/ is not what `npm run decisions:sync` writes',
		fix: 'run `npm run decisions:sync` again, or restore the file with git',
	},
});

type ProposalsProblemCodes = typeof PROPOSAL_PROBLEM_CODES;

declare module '#shared/problem-codes.ts' {
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's codes into ProblemCode
	interface ProblemCodes extends ProposalsProblemCodes {}
}

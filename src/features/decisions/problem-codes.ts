import { defineProblemCodes } from '#shared/problem-codes.ts';

/**
 * The codes the decision checks report: trackers, approvers and the GitHub snapshot.
 */
export const DECISION_PROBLEM_CODES = defineProblemCodes({
	'approvers/missing-file': { title: 'trackers exist but content/approvers.yaml does not', fix: 'create content/approvers.yaml' },
	'approvers/yaml-syntax': { title: 'the approvers file is not valid YAML', fix: 'check indentation and quoting on that line' },
	'approvers/invalid-field': { title: 'an organization or approver has a wrong field' },
	'approvers/duplicate': { title: 'an organization id, approver id or GitHub ID is used twice' },
	'decision/no-front-matter': { title: 'a tracker has no front matter', fix: 'start from the template: `npm run new:decision -- "Title"`' },
	'decision/yaml-syntax': { title: 'a tracker’s front matter is not valid YAML', fix: 'check indentation and quoting on that line' },
	'decision/invalid-field': { title: 'a tracker field has a wrong value or type' },
	'decision/duplicate-id': { title: 'two trackers have the same id' },
	'decision/missing-deadline': { title: 'an open tracker has no review deadline', fix: 'add `deadline: YYYY-MM-DD`' },
	'decision/deadline-before-opened': { title: 'the review deadline is before the date the review opened' },
	'decision/timeline-order': { title: 'timeline entries are not oldest first', fix: 'list timeline entries oldest first' },
	'decision/invalid-transition': { title: 'the timeline moves between statuses the lifecycle does not allow' },
	'decision/status-not-in-timeline': { title: 'the status is not the last status of the timeline' },
	'decision/missing-successor': { title: 'a superseded tracker names no successor' },
	'decision/superseded-status': { title: '`supersededBy` is set on a tracker that is not superseded' },
	'decision/missing-resolution': { title: 'a decided tracker has no resolution', fix: 'add `resolution:` saying what was decided and why' },
	'decision/duplicate-response': { title: 'an approver responded twice in the file', fix: 'keep one response per approver: the latest' },
	'decision/unknown-approver': { title: 'a response names someone who is not an approver' },
	'decision/approval-rule-not-met': { title: 'a tracker is `approved` but the approval rule is not met' },
	'decision/rejected-without-rejection': { title: 'a tracker is `rejected` but no organization rejects' },
	'decision/one-sided-supersedes': { title: '`supersedes` and `supersededBy` do not name each other' },
	'decision/unknown-page': { title: '`affects` names a page that does not exist' },
	'decision/unknown-anchor': { title: '`affects` names a heading anchor the page does not have' },
	'decision/unknown-tracker': { title: 'a tracker id is named that no tracker has' },
	'decision/github-snapshot': {
		title: 'a file under content/decisions/github/ is not what `npm run decisions:sync` writes',
		fix: 'run `npm run decisions:sync` again, or restore the file with git',
	},
});

type DecisionsProblemCodes = typeof DECISION_PROBLEM_CODES;

declare module '#shared/problem-codes.ts' {
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's codes into ProblemCode
	interface ProblemCodes extends DecisionsProblemCodes {}
}

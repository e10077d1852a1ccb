import { expect, test } from 'vitest';
import { buildFixture, problemReport } from '../support/run-astro.ts';

test('fails the build with every decision register problem at once, each at its file, line and field', async () => {
	const result = await buildFixture('broken-decisions');
	expect(result.code).not.toBe(0);
	const report = problemReport(result.output, 'Decision trackers');
	expect(report).toMatchInlineSnapshot(`
		"Decision trackers: 9 problems

		content/decisions/dt-001-unknown-status.md:5:1: status: unknown status "pending"; use one of \`draft\`, \`open\`, \`final-review\`, \`approved\`, \`rejected\`, \`withdrawn\`, \`superseded\` [decision/invalid-field]
		  fix: see the lifecycle on the site at /decisions/process/ or in the guide at /contributing/decision-trackers/
		content/decisions/dt-002-b.md:2:1: id: id DT-002 is already used by content/decisions/dt-002-a.md [decision/duplicate-id]
		  fix: give this tracker the next free id (DT-009); \`npm run new:decision\` picks it for new trackers
		content/decisions/dt-003-deadline.md:7:1: deadline: the deadline 2024-07-10 is before the opened date 2024-08-20 [decision/deadline-before-opened]
		  fix: the review deadline must be on or after \`opened\`; check the year and month
		content/decisions/dt-004-affects.md:10:5: affects.1: no page \`specification/onboardin\` in content/docs [decision/unknown-page]
		  fix: did you mean \`specification/onboarding\`?
		content/decisions/dt-004-affects.md:11:5: affects.2: content/docs/specification/onboarding.md has no heading with the anchor \`#respones\` [decision/unknown-anchor]
		  fix: did you mean \`#responses\`?
		content/decisions/dt-005-approver.md:16:5: responses.1.approver: \`graze\` is not an approver in content/approvers.yaml [decision/unknown-approver]
		  fix: did you mean \`grace\`?
		content/decisions/dt-006-supersedes.md:8:14: supersedes.0: DT-006 supersedes DT-003, but DT-003 does not name DT-006 in \`supersededBy\` [decision/one-sided-supersedes]
		  fix: add \`supersededBy: DT-006\` and \`status: superseded\` to content/decisions/dt-003-deadline.md
		content/decisions/dt-007-malformed.md:3:8: front matter is not valid YAML: Missing closing "quote [decision/yaml-syntax]
		  fix: check indentation and quoting on that line; quote values that contain \`: \` or start with a symbol
		content/decisions/dt-008-approved.md:5:1: status: status is \`approved\` but the approval rule is not met: no response yet from Globex [decision/approval-rule-not-met]
		  fix: record the missing responses in \`responses\`, or keep the tracker \`open\` or in \`final-review\` until they come
		"
	`);
});

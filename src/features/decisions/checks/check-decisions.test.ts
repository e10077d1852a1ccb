import { expect, test } from 'vitest';
import { checkDecisionSources } from './check-decisions.ts';
import { formatReport } from '#shared/problems.ts';
import type { SpecPage } from '#shared/node/docs-pages.ts';

const approvers = `- id: acme
  name: Acme
  approvers:
    - id: ada
      name: Ada
      github: ada-gh
- id: globex
  name: Globex
  approvers:
    - id: grace
      name: Grace
`;

const pages = new Map<string, SpecPage>([
	[
		'specification/onboarding',
		{
			slug: 'specification/onboarding',
			file: 'content/docs/specification/onboarding.md',
			title: 'Onboarding',
			anchors: ['sequence', 'responses'],
		},
	],
]);

/** A tracker file: front matter lines after the `---`, then a body. */
const file = (name: string, frontMatter: string) => ({ file: `content/decisions/${name}.md`, text: `---\n${frontMatter}---\n\nBody.\n` });

const valid = `id: DT-001
title: Pick a transport
summary: Which transport devices use.
status: open
opened: 2024-08-20
deadline: 2024-09-10
affects: [specification/onboarding#responses]
timeline:
  - date: 2024-08-20
    status: open
    note: Opened.
`;

const report = (trackers: { file: string; text: string }[], approversText: string | undefined = approvers) =>
	formatReport('Decision trackers', checkDecisionSources({ approvers: approversText, trackers, pages }));

test('accepts a valid register', () => {
	expect(checkDecisionSources({ approvers, trackers: [file('dt-001', valid)], pages })).toEqual([]);
});

test('checks nothing when a site has no decision register', () => {
	expect(checkDecisionSources({ approvers: undefined, trackers: [], pages })).toEqual([]);
});

test('reports a status history the lifecycle does not allow and a status the timeline does not record', () => {
	const text = valid
		.replace('status: open\nopened', 'status: final-review\nopened')
		.replace('    note: Opened.\n', '    note: Opened.\n  - date: 2024-08-19\n    status: draft\n    note: Back to draft.\n');
	expect(report([file('dt-001', text)])).toMatchInlineSnapshot(`
		"Decision trackers: 3 problems

		content/decisions/dt-001.md:5:1: status: status is \`final-review\` but the timeline's latest change is to \`draft\` [decision/status-not-in-timeline]
		  fix: add a timeline entry with \`status: final-review\` on the day it changed
		content/decisions/dt-001.md:13:5: timeline.1.date: timeline entry dated 2024-08-19 comes after one dated 2024-08-20 [decision/timeline-order]
		  fix: list timeline entries oldest first
		content/decisions/dt-001.md:14:5: timeline.1.status: a tracker cannot move from \`open\` to \`draft\` [decision/invalid-transition]
		  fix: from there it may move to \`final-review\`, \`approved\`, \`rejected\`, \`withdrawn\`"
	`);
});

test('reports fields a status requires and an approval the responses do not support', () => {
	const approved = valid
		.replace('status: open\nopened', 'status: approved\nopened')
		.replace('    note: Opened.\n', '    note: Opened.\n  - date: 2024-09-10\n    status: approved\n    note: Approved.\n')
		.concat(
			'responses:\n  - approver: ada\n    response: approve\n    date: 2024-09-01\n  - approver: ada\n    response: abstain\n    date: 2024-09-02\n',
		);
	const rejected = valid
		.replace('id: DT-001', 'id: DT-002')
		.replace('status: open\nopened', 'status: rejected\nopened')
		.replace('    note: Opened.\n', '    note: Opened.\n  - date: 2024-09-10\n    status: rejected\n    note: Rejected.\n')
		.concat('resolution: Not adopted.\n');
	const withoutDeadline = valid.replace('id: DT-001', 'id: DT-003').replace('deadline: 2024-09-10\n', '');
	expect(report([file('dt-001', approved), file('dt-002', rejected), file('dt-003', withoutDeadline)])).toMatchInlineSnapshot(`
		"Decision trackers: 5 problems

		content/decisions/dt-001.md:5:1: status: a tracker that is \`approved\` needs a \`resolution\` [decision/missing-resolution]
		  fix: add \`resolution:\` saying what was decided and why
		content/decisions/dt-001.md:5:1: status: status is \`approved\` but the approval rule is not met: no response yet from Globex [decision/approval-rule-not-met]
		  fix: record the missing responses in \`responses\`, or keep the tracker \`open\` or in \`final-review\` until they come
		content/decisions/dt-001.md:20:5: responses.1.approver: \`ada\` already responded in responses.0 [decision/duplicate-response]
		  fix: keep one response per approver: the latest; earlier ones belong in the timeline
		content/decisions/dt-002.md:5:1: status: status is \`rejected\` but no organization rejects [decision/rejected-without-rejection]
		  fix: record the rejection (with its reasoning) in \`responses\`, or choose \`withdrawn\`
		content/decisions/dt-003.md:2:1: deadline: a tracker that is \`open\` needs a review \`deadline\` [decision/missing-deadline]
		  fix: add \`deadline: YYYY-MM-DD\`; only drafts may go without one"
	`);
});

test('reports broken supersedes links, unknown trackers and a successor on a tracker that is not superseded', () => {
	const newer = valid.replace('affects:', 'supersedes: [DT-009]\naffects:');
	const older = valid.replace('id: DT-001', 'id: DT-002').replace('affects:', 'supersededBy: DT-001\naffects:');
	expect(report([file('dt-001', newer), file('dt-002', older)])).toMatchInlineSnapshot(`
		"Decision trackers: 3 problems

		content/decisions/dt-001.md:8:14: supersedes.0: no tracker has the id DT-009 [decision/unknown-tracker]
		  fix: did you mean DT-001?
		content/decisions/dt-002.md:8:1: supersededBy: \`supersededBy\` is set but status is \`open\` [decision/superseded-status]
		  fix: set \`status: superseded\` (and record it in the timeline), or remove \`supersededBy\`
		content/decisions/dt-002.md:8:1: supersededBy: DT-002 is superseded by DT-001, but DT-001 does not list DT-002 in \`supersedes\` [decision/one-sided-supersedes]
		  fix: add \`supersedes: [DT-002]\` to content/decisions/dt-001.md"
	`);
});

test('reports duplicate ids and GitHub IDs in the approvers file, and a missing approvers file', () => {
	const duplicated = `${approvers}    - id: ada\n      name: Ada Again\n      github: ADA-gh\n`;
	expect(report([], duplicated)).toMatchInlineSnapshot(`
		"Decision trackers: 2 problems

		content/approvers.yaml:12:7: 1.approvers.1.id: approver id \`ada\` is already used on line 4 [approvers/duplicate]
		  fix: give each person one entry and a unique id
		content/approvers.yaml:14:7: 1.approvers.1.github: GitHub ID \`ADA-gh\` is already used on line 6 [approvers/duplicate]
		  fix: a GitHub account belongs to one person; check which of the two entries it is"
	`);
	const withoutFile = checkDecisionSources({ approvers: undefined, trackers: [file('dt-001', valid)], pages });
	expect(formatReport('Decision trackers', withoutFile)).toMatchInlineSnapshot(`
		"Decision trackers: 1 problem

		content/approvers.yaml: decision trackers exist but there is no approvers file [approvers/missing-file]
		  fix: create content/approvers.yaml listing the member organizations and their approvers"
	`);
});

test('reports fields of the wrong shape at their line, and unknown fields at their key', () => {
	const text = valid
		.replace('opened: 2024-08-20', 'opened: 2024-02-30\ndealine: 2024-09-10')
		.concat('responses:\n  - approver: ada\n    response: reject\n    date: 2024-09-01\n');
	expect(report([file('dt-001', text)])).toMatchInlineSnapshot(`
		"Decision trackers: 3 problems

		content/decisions/dt-001.md:6:1: opened: 2024-02-30 is not a calendar date [decision/invalid-field]
		  fix: write dates as YYYY-MM-DD, e.g. 2024-09-10
		content/decisions/dt-001.md:7:1: dealine: unknown field \`dealine\` [decision/invalid-field]
		  fix: did you mean \`deadline\`?
		content/decisions/dt-001.md:15:5: responses.0.comment: a rejection needs its reasoning in \`comment\` [decision/invalid-field]
		  fix: a response has \`approver\` (an id from content/approvers.yaml), \`response\` (approve, reject or abstain), \`date\` and, for a rejection, \`comment\`"
	`);
});

test('reports an `issue:` that is not a positive whole number at its line', () => {
	const trackers = [
		file('dt-001', valid.replace('deadline: 2024-09-10\n', 'deadline: 2024-09-10\nissue: 0\n')),
		file('dt-002', valid.replace('DT-001', 'DT-002').replace('deadline: 2024-09-10\n', 'deadline: 2024-09-10\nissue: "#42"\n')),
		file('dt-003', valid.replace('DT-001', 'DT-003').replace('deadline: 2024-09-10\n', 'deadline: 2024-09-10\nissue: 4.5\n')),
		file('dt-004', valid.replace('DT-001', 'DT-004').replace('deadline: 2024-09-10\n', 'deadline: 2024-09-10\nissue: 42\n')),
	];
	expect(report(trackers)).toMatchInlineSnapshot(`
		"Decision trackers: 3 problems

		content/decisions/dt-001.md:8:1: issue: expected the number of the tracker's GitHub issue, a positive whole number like \`42\` [decision/invalid-field]
		  fix: write the number of the tracker's issue in MARGO_REPOSITORY without \`#\` or quotes, e.g. \`issue: 42\`, or leave the field out
		content/decisions/dt-002.md:8:1: issue: expected the number of the tracker's GitHub issue, a positive whole number like \`42\` [decision/invalid-field]
		  fix: write the number of the tracker's issue in MARGO_REPOSITORY without \`#\` or quotes, e.g. \`issue: 42\`, or leave the field out
		content/decisions/dt-003.md:8:1: issue: expected the number of the tracker's GitHub issue, a positive whole number like \`42\` [decision/invalid-field]
		  fix: write the number of the tracker's issue in MARGO_REPOSITORY without \`#\` or quotes, e.g. \`issue: 42\`, or leave the field out"
	`);
});

test('counts responses given on GitHub towards the rule behind `approved`', () => {
	const approved = valid
		.replace('status: open\nopened', 'status: approved\nresolution: Adopted.\nopened')
		.replace('deadline: 2024-09-10\n', 'deadline: 2024-09-10\nissue: 42\n')
		.concat(
			'  - date: 2024-09-10\n    status: approved\n    note: Approved.\nresponses:\n  - approver: grace\n    response: approve\n    date: 2024-09-01\n',
		);
	const command = {
		id: 1,
		author: 'ADA-GH',
		url: 'https://github.com/o/r/issues/42#issuecomment-1',
		createdAt: '2024-09-02T10:00:00Z',
		updatedAt: '2024-09-02T10:00:00Z',
		body: '/approve',
	};
	const snapshot = {
		$comment: '',
		tracker: 'DT-001',
		repository: 'o/r',
		issue: {
			number: 42,
			title: 't',
			state: 'closed' as const,
			url: 'https://github.com/o/r/issues/42',
			labels: [],
			createdAt: '2024-08-20T09:00:00Z',
			closedAt: null,
		},
		commands: [command],
	};
	const trackers = [file('dt-001', approved)];
	expect(report(trackers)).toContain('the approval rule is not met: no response yet from Acme');
	const github = { trackers: new Map([['DT-001', snapshot]]), pulls: new Map() };
	expect(checkDecisionSources({ approvers, trackers, pages, github })).toEqual([]);
});

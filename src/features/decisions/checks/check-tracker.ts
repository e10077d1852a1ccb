import { FIRST_STATUSES, LIFECYCLE, invalidTransitions, type Status } from '../lifecycle.ts';
import { trackerSchema, type TrackerData } from '../schema.ts';
import { splitFrontMatter } from '#shared/front-matter.ts';
import type { ProblemCode } from '#shared/problem-codes.ts';
import type { Problem } from '#shared/problems.ts';
import { closestMatch } from '#shared/closest-match.ts';
import { schemaProblems } from '#shared/schema-problems.ts';
import type { YamlSource } from '#shared/yaml-source.ts';
import '../problem-codes.ts'; // declares the codes reported here, with their default fixes

/** A tracker file that passed its own checks, kept with its source for cross-file problems. */
export interface LoadedTracker {
	file: string;
	source: YamlSource;
	data: TrackerData;
	body: string;
}

export interface TrackerResult {
	tracker: LoadedTracker | undefined;
	problems: Problem[];
}

const HINTS: [RegExp, string][] = [
	[/^status$/, 'see the lifecycle on the site at /decisions/process/ or in the guide at /contributing/decision-trackers/'],
	[/^id$/, '`npm run new:decision -- "Title"` creates a tracker with the next free id'],
	[/(^|\.)(date|opened|deadline)$/, 'write dates as YYYY-MM-DD, e.g. 2024-09-10'],
	[
		/^responses/,
		'a response has `approver` (an id from content/approvers.yaml), `response` (approve, reject or abstain), `date` and, for a rejection, `comment`',
	],
	[/^affects/, 'name a page by its path under content/docs without `.md`, e.g. `specification/onboarding#responses`'],
	[/^timeline/, 'a timeline entry has `date`, `note` and, when the status changed that day, `status`'],
	[
		/^issue$/,
		"write the number of the tracker's issue in MARGO_REPOSITORY without `#` or quotes, e.g. `issue: 42`, or leave the field out",
	],
];

const FIELDS = Object.keys(trackerSchema.shape);

function hintFor(path: string): string {
	const guess = FIELDS.includes(path) ? undefined : closestMatch(path, FIELDS);
	if (guess) return `did you mean \`${guess}\`?`;
	return HINTS.find(([pattern]) => pattern.test(path))?.[1] ?? 'see the tracker fields in the guide at /contributing/decision-trackers/';
}

/**
 * Reads one `content/decisions/*.md` file and checks what can be checked from it alone: the
 * schema, the dates, the status history against the lifecycle, and the fields a status requires.
 */
export function readTracker(file: string, text: string): TrackerResult {
	const frontMatter = splitFrontMatter(text);
	if (!frontMatter) {
		const problem: Problem = {
			code: 'decision/no-front-matter',
			file,
			line: 1,
			column: 1,
			message: 'the tracker has no front matter block',
			hint: 'start from the template: `npm run new:decision -- "Title"`',
		};
		return { tracker: undefined, problems: [problem] };
	}
	const { source } = frontMatter;
	if (source.errors.length) {
		const problems = source.errors.map((error): Problem => ({
			code: 'decision/yaml-syntax',
			file,
			line: error.line,
			column: error.column,
			message: `front matter is not valid YAML: ${error.message}`,
			hint: 'check indentation and quoting on that line; quote values that contain `: ` or start with a symbol',
		}));
		return { tracker: undefined, problems };
	}
	const result = trackerSchema.safeParse(source.value ?? {});
	if (!result.success) {
		return { tracker: undefined, problems: schemaProblems(file, source, result.error, 'decision/invalid-field', hintFor) };
	}
	const tracker = { file, source, data: result.data, body: frontMatter.body };
	return { tracker, problems: trackerRules(tracker) };
}

function trackerRules({ file, source, data }: LoadedTracker): Problem[] {
	const problems: Problem[] = [];
	const add = (code: ProblemCode, path: (string | number)[], message: string, hint: string) =>
		problems.push({ code, file, ...source.locate(path), path: path.join('.'), message, hint });

	if (!data.deadline && data.status !== 'draft') {
		add(
			'decision/missing-deadline',
			['deadline'],
			`a tracker that is \`${data.status}\` needs a review \`deadline\``,
			'add `deadline: YYYY-MM-DD`; only drafts may go without one',
		);
	}
	if (data.deadline && data.deadline < data.opened) {
		add(
			'decision/deadline-before-opened',
			['deadline'],
			`the deadline ${data.deadline} is before the opened date ${data.opened}`,
			'the review deadline must be on or after `opened`; check the year and month',
		);
	}
	data.timeline.forEach((entry, i) => {
		const previous = data.timeline[i - 1];
		if (previous && entry.date < previous.date) {
			add(
				'decision/timeline-order',
				['timeline', i, 'date'],
				`timeline entry dated ${entry.date} comes after one dated ${previous.date}`,
				'list timeline entries oldest first',
			);
		}
	});
	const changes = data.timeline.flatMap((entry, i) => (entry.status ? [{ status: entry.status, i }] : []));
	for (const { index, from, to } of invalidTransitions(changes.map((c) => c.status))) {
		const allowed = from === null ? FIRST_STATUSES : LIFECYCLE[from].next;
		add(
			'decision/invalid-transition',
			['timeline', changes[index]?.i ?? 0, 'status'],
			from === null ? `a tracker cannot start as \`${to}\`` : `a tracker cannot move from \`${from}\` to \`${to}\``,
			allowed.length ? `from there it may move to ${allowed.map((s) => `\`${s}\``).join(', ')}` : `\`${from}\` is final`,
		);
	}
	const latest: Status | undefined = changes.at(-1)?.status;
	if (latest !== data.status) {
		add(
			'decision/status-not-in-timeline',
			['status'],
			latest
				? `status is \`${data.status}\` but the timeline's latest change is to \`${latest}\``
				: `status is \`${data.status}\` but no timeline entry records a status`,
			`add a timeline entry with \`status: ${data.status}\` on the day it changed`,
		);
	}
	if (data.status === 'superseded' && !data.supersededBy) {
		add(
			'decision/missing-successor',
			['status'],
			'a superseded tracker must name its successor',
			'add `supersededBy: DT-…` naming the tracker that replaced it',
		);
	}
	if (data.supersededBy && data.status !== 'superseded') {
		add(
			'decision/superseded-status',
			['supersededBy'],
			`\`supersededBy\` is set but status is \`${data.status}\``,
			'set `status: superseded` (and record it in the timeline), or remove `supersededBy`',
		);
	}
	if ((data.status === 'approved' || data.status === 'rejected') && !data.resolution) {
		add(
			'decision/missing-resolution',
			['status'],
			`a tracker that is \`${data.status}\` needs a \`resolution\``,
			'add `resolution:` saying what was decided and why',
		);
	}
	const answered = new Map<string, number>();
	data.responses.forEach((response, i) => {
		const first = answered.get(response.approver);
		if (first !== undefined) {
			add(
				'decision/duplicate-response',
				['responses', i, 'approver'],
				`\`${response.approver}\` already responded in responses.${first}`,
				'keep one response per approver: the latest; earlier ones belong in the timeline',
			);
		} else answered.set(response.approver, i);
	});
	return problems;
}

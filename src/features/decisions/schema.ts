import { z } from 'astro/zod';
import { STATUSES } from './lifecycle.ts';
import { RESPONSES } from './approval-rule.ts';

/**
 * The shape of `content/approvers.yaml` and of a decision tracker's front matter
 * (`content/decisions/*.md`). The same schemas validate the files before the build (with line
 * numbers, see `check-decisions.ts`) and define the Astro content collections the pages read.
 */

const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

/**
 * A calendar date. Written `2024-09-10`; Astro's front matter parser turns that into a `Date`,
 * the checks' parser keeps the text, so both are accepted and normalized to the text.
 */
const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'expected a date written as YYYY-MM-DD' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD')
		.refine((text) => new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), {
			error: (issue) => `${String(issue.input)} is not a calendar date`,
		}),
);

const trackerId = z
	.string({ error: 'expected a tracker id like `DT-007`' })
	.regex(/^DT-\d{3,}$/, 'expected a tracker id like `DT-007`: `DT-` and at least three digits');

const text = z.string().trim().min(1, 'must not be empty');

/** GitHub's login rules: letters, digits and single dashes, at most 39 characters. */
const githubId = z
	.string()
	.regex(/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/, 'not a GitHub ID: letters, digits and single inner dashes, no `@`');

const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and dashes');

const approverSchema = z.strictObject({
	id: slugId,
	name: text,
	/** Missing (or empty) until the person has given one. */
	github: githubId.nullish(),
	/** `technical-lead` for the leads whose reviews of a SUP's pull request are its vote (P2). */
	role: z.enum(['approver', 'technical-lead']).optional(),
});

export const organizationSchema = z.strictObject({
	id: slugId,
	name: text,
	approvers: z.array(approverSchema).min(1, 'every member organization needs at least one approver'),
});

/** `content/approvers.yaml`: the list of member organizations. */
export const approversFileSchema = z.array(organizationSchema).min(1, 'list at least one member organization');

const responseSchema = z
	.strictObject({
		approver: text,
		response: z.enum(RESPONSES, { error: (issue) => `unknown response ${JSON.stringify(issue.input)}; use one of ${list(RESPONSES)}` }),
		date: isoDate,
		comment: text.optional(),
	})
	.refine((r) => r.response !== 'reject' || r.comment, {
		message: 'a rejection needs its reasoning in `comment`',
		path: ['comment'],
	});

/** A page of `content/docs/` by its path without extension, with an optional heading anchor. */
const affectsRef = z
	.string()
	.regex(
		/^[a-z0-9][a-z0-9/_-]*(#[^\s#]+)?$/,
		'expected a page path under content/docs without extension, optionally with `#heading-anchor`',
	);

export const trackerSchema = z.strictObject({
	id: trackerId,
	title: text,
	summary: text,
	status: z.enum(STATUSES, { error: (issue) => `unknown status ${JSON.stringify(issue.input)}; use one of ${list(STATUSES)}` }),
	opened: isoDate,
	/** Optional only while the tracker is a draft (checked in `check-decisions.ts`). */
	deadline: isoDate.optional(),
	/** The tracker's GitHub issue in `MARGO_REPOSITORY`; `npm run decisions:sync` reads its responses. */
	issue: z
		.int({ error: "expected the number of the tracker's GitHub issue, a positive whole number like `42`" })
		.positive("expected the number of the tracker's GitHub issue, a positive whole number like `42`")
		.optional(),
	pullRequests: z.array(z.int().positive()).default([]),
	discussion: z.array(z.strictObject({ title: text, url: z.url() })).default([]),
	affects: z.array(affectsRef).default([]),
	supersedes: z.array(trackerId).default([]),
	supersededBy: trackerId.optional(),
	options: z.array(z.strictObject({ title: text, summary: text, chosen: z.boolean().default(false) })).default([]),
	resolution: text.optional(),
	timeline: z
		.array(z.strictObject({ date: isoDate, status: z.enum(STATUSES).optional(), note: text }))
		.min(1, 'record at least the day the tracker was opened'),
	responses: z.array(responseSchema).default([]),
});

export type OrganizationEntry = z.output<typeof organizationSchema>;
export type TrackerData = z.output<typeof trackerSchema>;
export type TimelineEntry = TrackerData['timeline'][number];

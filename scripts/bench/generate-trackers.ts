import { globSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Status } from '../../src/features/decisions/lifecycle.ts';
import { splitFrontMatter } from '../../src/shared/front-matter.ts';

const VENDORS = ['Siemens', 'Rockwell Automation', 'Schneider Electric', 'ABB', 'Capgemini', 'Cosmonic', 'Welotec', 'Atym'];

/** Eight organizations with two approvers each; every third approver has no GitHub ID. */
function approversFile(): string {
	return VENDORS.map((name, o) => {
		const id = name.toLowerCase().replace(/\s+/g, '-');
		const people = [0, 1].map((p) => {
			const n = o * 2 + p;
			return `    - id: approver-${n}\n      name: Approver ${n}\n${n % 3 ? `      github: gh-approver-${n}\n` : ''}`;
		});
		return `- id: ${id}\n  name: ${name}\n  approvers:\n${people.join('')}`;
	}).join('');
}

const pad = (n: number) => String(n).padStart(3, '0');
const day = (offset: number) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * One tracker in the mix a long-lived register has: most decided, some under review, a few
 * drafts, withdrawn or superseded. Status histories follow the lifecycle and approved trackers
 * carry the responses the approval rule needs, so the site's checks pass.
 */
function tracker(i: number, count: number, pages: string[]): string {
	const id = `DT-${pad(i + 1)}`;
	const opened = day(i * 3);
	const kinds: Status[] = ['approved', 'approved', 'approved', 'open', 'final-review', 'rejected', 'draft', 'withdrawn'];
	// The last tracker supersedes the first, so both sides of the link are exercised.
	const supersedes = i === count - 1 && count > 1 ? 'DT-001' : undefined;
	const status: Status = i === 0 && count > 1 ? 'superseded' : (kinds[i % kinds.length] ?? 'open');
	const history: Status[] =
		status === 'draft'
			? ['draft']
			: status === 'superseded'
				? ['open', 'approved', 'superseded']
				: status === 'open'
					? ['open']
					: ['open', status];
	const timeline = history.map((s, n) => `  - date: ${day(i * 3 + n * 10)}\n    status: ${s}\n    note: Moved to ${s}.\n`).join('');
	const everyone = status === 'approved' || status === 'superseded';
	const responders = everyone ? VENDORS.length : status === 'rejected' ? 2 : i % VENDORS.length;
	const responses = Array.from({ length: responders }, (_, o) => {
		const rejects = status === 'rejected' && o === 1;
		return `  - approver: approver-${o * 2 + (i % 2)}\n    response: ${rejects ? 'reject' : 'approve'}\n    date: ${day(i * 3 + 5)}\n${rejects ? '    comment: Breaks existing devices.\n' : ''}`;
	}).join('');
	const pageRef = (n: number) => pages[(i * 7 + n) % pages.length];
	return `---
id: ${id}
title: Generated decision ${i + 1}
summary: A generated tracker used to measure build time.
status: ${status}
opened: ${opened}
${status === 'draft' ? '' : `deadline: ${day(i * 3 + 21)}\n`}pullRequests: [${900 + i}]
affects:
  - ${pageRef(0)}#requirements
  - ${pageRef(1)}
${supersedes ? `supersedes: [${supersedes}]\n` : ''}${status === 'superseded' ? `supersededBy: DT-${pad(count)}\n` : ''}options:
  - title: Option A
    summary: The first way.
    chosen: true
  - title: Option B
    summary: The other way.
${['approved', 'rejected', 'superseded'].includes(status) ? 'resolution: Decided for option A.\n' : ''}timeline:
${timeline}responses:${responders ? `\n${responses}` : ' []\n'}---

## Context

Generated tracker ${i + 1} of ${count}.
`;
}

/**
 * Writes `count` decision trackers into a generated site (format of `content/decisions/`), with
 * the approvers they answer to. Their `affects` name pages already written under `content/docs/`.
 */
export function writeTrackers(root: string, count: number): void {
	const pages = globSync('content/docs/*/*.md', { cwd: root })
		.map((file) =>
			file
				.split('\\')
				.join('/')
				.replace(/^content\/docs\//, '')
				.replace(/\.md$/, ''),
		)
		.sort();
	if (!pages.length) throw new Error('generate-trackers: write the pages first; trackers name them in `affects`');
	mkdirSync(join(root, 'content', 'decisions'), { recursive: true });
	writeFileSync(join(root, 'content', 'approvers.yaml'), approversFile());
	for (let i = 0; i < count; i++) {
		writeFileSync(join(root, 'content', 'decisions', `dt-${pad(i + 1)}.md`), tracker(i, count, pages));
	}
}

/**
 * The same trackers as plain Starlight pages for the bare site, a baseline with as many pages as
 * ours: each tracker's title, summary, status, deadline and responses as Markdown, and its text.
 * They stay out of the sidebar, as ours do (the register lists them).
 */
export function writeTrackerPagesForBare(root: string, count: number): void {
	const folder = join(root, 'src', 'content', 'docs', 'decisions');
	mkdirSync(folder, { recursive: true });
	for (let i = 0; i < count; i++) {
		// The pages a tracker affects are not shown on the plain page.
		const { source, body } = splitFrontMatter(tracker(i, count, ['overview/page-0']))!;
		const fields = source.value as {
			title: string;
			summary: string;
			status: string;
			deadline?: string;
			responses: Record<string, string>[];
		};
		const responses = fields.responses.map(({ approver, response, date }) => `| ${approver} | ${response} | ${date} |`).join('\n');
		writeFileSync(
			join(folder, `dt-${pad(i + 1)}.md`),
			`---\ntitle: ${fields.title}\ndescription: ${fields.summary}\n---\n\nStatus: **${fields.status}**, deadline ${fields.deadline ?? 'none'}.\n\n| approver | response | date |\n| --- | --- | --- |\n${responses}\n\n${body}`,
		);
	}
}

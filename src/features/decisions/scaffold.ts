import { slug } from 'github-slugger';

/** The id after the highest `DT-nnn` in use. */
export function nextFreeId(ids: Iterable<string>): string {
	let highest = 0;
	for (const id of ids) highest = Math.max(highest, Number(/^DT-(\d+)$/.exec(id)?.[1] ?? 0));
	return `DT-${String(highest + 1).padStart(3, '0')}`;
}

/** Ids found in trackers' front matter, read with a line match so a broken file still counts. */
export function idsInTexts(texts: Iterable<string>): string[] {
	return [...texts].flatMap((text) => {
		const match = /^id:\s*['"]?(DT-\d+)/m.exec(text);
		return match?.[1] ? [match[1]] : [];
	});
}

/** `dt-007-short-title.md`: the id first so files sort like the register. */
export function trackerFileName(id: string, title: string): string {
	const words = slug(title).split('-').filter(Boolean).slice(0, 8).join('-');
	return `${id.toLowerCase()}${words ? `-${words}` : ''}.md`;
}

/**
 * A new tracker in `draft`, opened today. It passes the checks as it is; the comments say what
 * to fill in before moving it to `open`.
 */
export function trackerTemplate(id: string, title: string, today: string): string {
	return `---
id: ${id}
title: ${JSON.stringify(title)}
# One or two sentences: the question and what is at stake.
summary: TODO say what has to be decided and why it matters.
# draft → open → final-review → approved | rejected | withdrawn | superseded
status: draft
opened: ${today}
# Required once the tracker leaves draft: the day responses are due (YYYY-MM-DD).
# deadline: YYYY-MM-DD
# The tracker's GitHub issue, where approvers answer with /approve, /reject <reasons> or /abstain
# (read by \`npm run decisions:sync\`):
# issue: 42
pullRequests: []
discussion: []
# Pages of content/docs this decision may change, optionally with a heading anchor:
# - specification/onboarding#responses
affects: []
options:
  - title: TODO first option
    summary: What it means for devices and orchestrators.
timeline:
  - date: ${today}
    status: draft
    note: Drafted.
# Added as approvers answer: approver (id from content/approvers.yaml), response (approve,
# reject with comment, abstain), date, comment.
responses: []
---

## Context

TODO the background a reviewer needs, with links to the relevant specification sections.
`;
}

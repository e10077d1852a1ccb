import type { Keyword, Requirement } from '#features/requirements/index.ts';

/**
 * What happened to each requirement ID between two versions of the pages. A statement's level is
 * set by its first key word: MAY/OPTIONAL < SHOULD/RECOMMENDED < MUST/REQUIRED/SHALL, the NOT
 * forms at the level of their positive (RFC 2119 gives them the same weight).
 */
export const REQUIREMENT_CHANGES = [
	'added',
	'removed',
	'retired',
	'weakened',
	'strengthened',
	'reworded',
	'moved',
	'binds-changed',
	'new',
] as const;
export type RequirementChangeKind = (typeof REQUIREMENT_CHANGES)[number];

const LEVEL: Record<Keyword, number> = {
	MAY: 1,
	OPTIONAL: 1,
	SHOULD: 2,
	'SHOULD NOT': 2,
	RECOMMENDED: 2,
	'NOT RECOMMENDED': 2,
	MUST: 3,
	'MUST NOT': 3,
	REQUIRED: 3,
	SHALL: 3,
	'SHALL NOT': 3,
};

/** One side of a requirement, as the pages of that version state it. */
export interface RequirementSide {
	keyword: Keyword;
	text: string;
	binds: string[];
	/** URL path of the page below the base, without slashes around: `specification/onboarding`. */
	page: string;
	pageTitle: string;
	section: { title: string; anchor: string } | null;
	source: { file: string; line: number };
}

export interface RequirementChange {
	/** `null` for a statement that has no ID yet (`new`). */
	id: string | null;
	/** The one that matters most, the first of {@link REQUIREMENT_CHANGES} that applies. */
	change: RequirementChangeKind;
	/** Every change that applies, in that order (strengthened and moved, say). */
	changes: RequirementChangeKind[];
	before?: RequirementSide;
	after?: RequirementSide;
	/** For `retired`: the date the registry records. */
	retired?: string;
}

/** A statement with a key word but no ID yet, on a page of the new version. */
export interface UnmarkedStatement {
	text: string;
	keyword: Keyword;
	page: string;
	pageTitle: string;
	source: { file: string; line: number };
}

function side(requirement: Requirement): RequirementSide {
	return {
		keyword: requirement.keyword,
		text: requirement.text,
		binds: [...requirement.binds].sort(),
		page: requirement.page.slug,
		pageTitle: requirement.page.title,
		section: requirement.section ?? null,
		source: requirement.source,
	};
}

/** Compares the requirements of two versions, in the order of the new pages, then the IDs that left them. */
export function compareRequirements(
	before: readonly Requirement[],
	after: readonly Requirement[],
	retiredAfter: readonly { id: string; retired: string }[],
	unmarked: { before: readonly UnmarkedStatement[]; after: readonly UnmarkedStatement[] },
): RequirementChange[] {
	const old = new Map(before.map((requirement) => [requirement.id, side(requirement)]));
	const retired = new Map(retiredAfter.map((entry) => [entry.id, entry.retired]));
	const changes: RequirementChange[] = [];
	const seen = new Set<string>();
	for (const requirement of after) {
		seen.add(requirement.id);
		const next = side(requirement);
		const previous = old.get(requirement.id);
		if (!previous) {
			changes.push({ id: requirement.id, change: 'added', changes: ['added'], after: next });
			continue;
		}
		const kinds = new Set<RequirementChangeKind>();
		const level = LEVEL[next.keyword] - LEVEL[previous.keyword];
		if (level < 0) kinds.add('weakened');
		else if (level > 0) kinds.add('strengthened');
		else if (next.keyword !== previous.keyword || next.text !== previous.text) kinds.add('reworded');
		if (level !== 0 && stripKeywords(next.text) !== stripKeywords(previous.text)) kinds.add('reworded');
		if (next.page !== previous.page || next.section?.anchor !== previous.section?.anchor) kinds.add('moved');
		if (next.binds.join() !== previous.binds.join()) kinds.add('binds-changed');
		const ordered = REQUIREMENT_CHANGES.filter((kind) => kinds.has(kind));
		const [first] = ordered;
		if (first) changes.push({ id: requirement.id, change: first, changes: ordered, before: previous, after: next });
	}
	for (const [id, previous] of old) {
		if (seen.has(id)) continue;
		const date = retired.get(id);
		changes.push(
			date === undefined
				? { id, change: 'removed', changes: ['removed'], before: previous }
				: { id, change: 'retired', changes: ['retired'], before: previous, retired: date },
		);
	}
	const known = new Set(unmarked.before.map((statement) => statement.text));
	for (const statement of unmarked.after) {
		if (known.has(statement.text)) continue;
		const { text, keyword, page, pageTitle, source } = statement;
		changes.push({
			id: null,
			change: 'new',
			changes: ['new'],
			after: { keyword, text, binds: [], page, pageTitle, section: null, source },
		});
	}
	return changes;
}

/** The text with its key words left out, to tell a changed level from a changed wording. */
function stripKeywords(text: string): string {
	return text.replace(/\b(?:MUST|SHALL|SHOULD|MAY|REQUIRED|RECOMMENDED|OPTIONAL|NOT)\b\s*/g, '');
}

/** Whether a change makes a statement ask less of an implementer than before (the CI gate's `weakened`). */
export const isWeakening = (change: RequirementChange): boolean => change.changes.includes('weakened');

import { posix } from 'node:path';
import type { Problem } from '#shared/problems.ts';
import { parseOwners, type Owner } from './parse/owners.ts';
import { findSection, parseDocument, sectionStates, writtenText, type SectionName, type SectionState } from './parse/sections.ts';
import { parseStatusTable, type StatusRow } from './parse/status-table.ts';
import type { ProposalFile, ProposalFolder, ReadResult } from './source/read-proposals.ts';
import { deriveStage, type ProposalPull, type Stage, type StageSource } from './stage.ts';

/** One SUP as the pages and `/proposals.json` show it. */
export interface Proposal {
	slug: string;
	title: string;
	/** Path relative to the SUP folder; `undefined` for a SUP known only by its pull request. */
	file: string | undefined;
	folder: ProposalFolder | undefined;
	/** Other folders the same file is in while it moves. */
	alsoIn: string[];
	stage: Stage;
	stageSources: StageSource[];
	disagreement: string | undefined;
	owners: Owner[];
	sections: Record<SectionName, SectionState> | undefined;
	pr: number | undefined;
	pull: ProposalPull | undefined;
	reviewWindowEnds: string | undefined;
	/** What a reviewer should know: a P2 SUP whose technical proposal is not written, no owner. */
	flags: string[];
	/** Requirement IDs (`REQ-CAP-001`) the SUP names. */
	requirementIds: string[];
	/** Markdown as written, `undefined` for a SUP known only by its pull request. */
	text: string | undefined;
	row: StatusRow | undefined;
}

const GENERIC_TITLE = /^(?:margo\s+)?(?:specification\s+update\s+proposal|sup)(?:\s*\(sup\))?\s*[:\-–]?\s*$/i;

/** `gateway` from `proposals/Gateway Support.md`: lower case, dashes. */
const slugOf = (file: string) =>
	posix
		.basename(file, posix.extname(file))
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'sup';

/** The first sentence of a section's written text, without Markdown marks. */
function firstSentence(text: string): string | undefined {
	const plain = text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`#>]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (!plain) return undefined;
	const sentence = /^(.+?[.!?])(?:\s|$)/.exec(plain)?.[1] ?? plain;
	return sentence.length > 120 ? `${sentence.slice(0, 117).trimEnd()}…` : sentence;
}

/** Where a status-table link points, as a path relative to the SUP folder (or a GitHub blob address's path). */
function linkedPath(link: string): string | undefined {
	if (/\/pull\/\d+/.test(link)) return undefined;
	const blob = /\/(?:blob|tree)\/[^/]+\/(.+)$/.exec(link)?.[1];
	if (blob) return posix.normalize(decodeURIComponent(blob));
	if (/^[a-z][a-z0-9+.-]*:/i.test(link)) return undefined;
	try {
		return posix.normalize(decodeURIComponent(link.split('#')[0]!.replace(/^\.?\//, '')));
	} catch {
		return undefined;
	}
}

export interface BuildInput {
	read: ReadResult;
	/** How reports name the folder (`content/proposals`). */
	label: string;
	/** Pull requests of the enhancements repository the sync read, by number. */
	pulls: ReadonlyMap<number, ProposalPull>;
}

/**
 * Every SUP of the folder, with its title, owners, stage and sections, plus the status table's
 * rows that match no document (a SUP known only by its pull request), and the warnings to print.
 */
export function buildProposals({ read, label, pulls }: BuildInput): { proposals: Proposal[]; warnings: Problem[] } {
	const warnings: Problem[] = [...read.warnings];
	// Pages name the README as the group's repository does; reports name it where it was read.
	const readmeFile = read.readme?.file ?? 'README.md';
	const readmeLabel = `${label}/${readmeFile}`;
	const rows = read.readme ? parseStatusTable(read.readme.text) : [];
	const byPath = new Map<string, ProposalFile>();
	for (const file of read.files) for (const path of [file.file, ...file.alsoIn]) byPath.set(path.toLowerCase(), file);
	const rowOf = new Map<ProposalFile, StatusRow>();
	const prOnly: StatusRow[] = [];
	for (const row of rows) {
		const path = row.link ? linkedPath(row.link) : undefined;
		const byLink = path ? byPath.get(path.toLowerCase()) : undefined;
		const byPull = row.pr ? read.files.find((f) => pulls.get(row.pr!)?.files.some((changed) => changed.endsWith(f.file))) : undefined;
		const match = byLink ?? byPull;
		if (match) rowOf.set(match, row);
		else if (row.pr) prOnly.push(row);
		else {
			warnings.push({
				code: 'proposal/unmatched-row',
				file: readmeLabel,
				line: row.line,
				message: `the status table's row "${row.description}" links ${row.link ?? 'nothing'}, which is no SUP of the folder`,
				hint: 'link the row to the document (e.g. proposals/name.md) or to its pull request',
			});
		}
	}
	const proposals: Proposal[] = read.files.map((file) => {
		const document = parseDocument(file.text);
		const row = rowOf.get(file);
		const pr = row?.pr;
		const pull = pr === undefined ? undefined : pulls.get(pr);
		const derived = deriveStage(file.folder, row, readmeFile, pull);
		if (derived.disagreement) {
			warnings.push({
				code: 'proposal/stage-disagreement',
				file: readmeLabel,
				line: row!.line,
				message: `${file.file}: ${derived.disagreement}`,
				hint: 'bring the status table up to date',
			});
		}
		const h1 = document.h1?.text.trim();
		const summary = findSection(document, 'Summary');
		const title =
			(h1 && !GENERIC_TITLE.test(h1) ? h1 : undefined) ??
			(row?.description || undefined) ??
			(summary ? firstSentence(writtenText(summary.body)) : undefined) ??
			slugOf(file.file);
		const ownerSection = findSection(document, 'Owner');
		const owners = ownerSection ? parseOwners(ownerSection.body) : [];
		const sections = sectionStates(document);
		const flags: string[] = [];
		if (!owners.length) flags.push(ownerSection ? 'The Owner section names no one yet.' : 'The SUP has no Owner section.');
		if (derived.stage === 'P2' && sections['Technical proposal'] !== 'written')
			flags.push('In final review (P2), but its Technical proposal is not written.');
		return {
			slug: slugOf(file.file),
			title,
			file: file.file,
			folder: file.folder,
			alsoIn: file.alsoIn,
			stage: derived.stage,
			stageSources: derived.sources,
			disagreement: derived.disagreement,
			owners,
			sections,
			pr,
			pull,
			reviewWindowEnds: derived.reviewWindowEnds,
			flags,
			requirementIds: [...new Set(file.text.match(/\bREQ-[A-Z]+-\d{3,}\b/g) ?? [])].sort(),
			text: file.text,
			row,
		};
	});
	for (const row of prOnly) {
		const pull = pulls.get(row.pr!);
		const derived = deriveStage(undefined, row, readmeFile, pull);
		proposals.push({
			slug: `pr-${row.pr}`,
			title: row.description || `Pull request #${row.pr}`,
			file: undefined,
			folder: undefined,
			alsoIn: [],
			stage: derived.stage,
			stageSources: derived.sources,
			disagreement: derived.disagreement,
			owners: parseOwners(row.owner),
			sections: undefined,
			pr: row.pr,
			pull,
			reviewWindowEnds: derived.reviewWindowEnds,
			flags: ['Known only by its pull request: no document of the folder matches this row of the status table.'],
			requirementIds: [],
			text: undefined,
			row,
		});
	}
	return { proposals: proposals.sort((a, b) => (a.slug < b.slug ? -1 : 1)), warnings };
}

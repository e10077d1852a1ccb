import { join } from 'node:path';
import type { Problem } from '#shared/problems.ts';
import { buildProposals, type Proposal } from './build-proposals.ts';
import { readProposalPulls } from './proposal-pulls.ts';
import { findSection, parseDocument } from './parse/sections.ts';
import { rewriteLinks } from './rewrite-links.ts';
import { safeMarkup } from './safe-markup.ts';
import { specPageFinder, specRepositoryPath } from './spec-links.ts';
import { containedPath, resolveProposalsDir, type ProposalsDir } from './source/proposals-dir.ts';
import { readProposals } from './source/read-proposals.ts';

/** Where the sync's snapshot lives (the decisions feature's folder, swapped as one unit). */
const SNAPSHOT_FOLDER = 'content/decisions/github';

export interface LoadedProposal extends Proposal {
	/** The Markdown to render: links and figures pointed at the site. */
	markdown: string | undefined;
	/** Files of the SUP folder the page serves (figures): path relative to it, and real path. */
	files: { path: string; real: string }[];
}

export interface LoadedProposals {
	dir: ProposalsDir | undefined;
	proposals: LoadedProposal[];
	/** Stop the build: a symlink leaving the folder, a file that is not UTF-8, a bad snapshot. */
	problems: Problem[];
	/** Printed, never stopping the build: missing figures and links, disagreeing stages, moved files. */
	warnings: Problem[];
}

/**
 * The document as the page renders it: without its H1 (the page shows the title) and without
 * its Owner section (the page lists the owners parsed from it, without their e-mail addresses).
 */
function withoutTitleAndOwners(text: string): string {
	const document = parseDocument(text);
	const lines = text.split('\n');
	const owner = findSection(document, 'Owner');
	const next = owner ? document.sections.find((s) => s.line > owner.line)?.line : undefined;
	return lines
		.filter((_line, i) => {
			const n = i + 1;
			if (document.h1 && n === document.h1.line) return false;
			return !(owner && n >= owner.line && (next === undefined || n < next));
		})
		.join('\n');
}

/** The site path a file of the SUP folder is served at (before the base). */
const proposalFileUrl = (path: string) => `/proposals/files/${path.split('/').map(encodeURIComponent).join('/')}`;

/**
 * Reads the SUP folder (`MARGO_PROPOSALS_DIR` or `content/proposals/`) in place, with the pull
 * requests the sync read, and gives each SUP its Markdown ready to render. Throws
 * `ProposalsDirError` when the folder set explicitly does not exist.
 */
export function loadProposals(root: string, env: NodeJS.ProcessEnv = process.env): LoadedProposals {
	const dir = resolveProposalsDir(root, env);
	if (!dir) return { dir, proposals: [], problems: [], warnings: [] };
	const read = readProposals(dir);
	const { pulls, problems: pullProblems } = readProposalPulls(join(root, SNAPSHOT_FOLDER), SNAPSHOT_FOLDER);
	const { proposals, warnings } = buildProposals({ read, label: dir.label, pulls });
	const slugByPath = new Map<string, string>();
	for (const p of proposals) for (const path of p.file ? [p.file, ...p.alsoIn] : []) slugByPath.set(path.toLowerCase(), p.slug);
	const targets = {
		proposalAt: (path: string) => slugByPath.get(path.toLowerCase()),
		fileExists: (path: string) => containedPath(dir, path) !== undefined,
		fileUrl: proposalFileUrl,
		specPageAt: specPageFinder(root),
		specRepositoryPath,
	};
	const loaded = proposals.map((proposal): LoadedProposal => {
		if (!proposal.file || proposal.text === undefined) return { ...proposal, markdown: undefined, files: [] };
		// Made safe first: what the sanitizer turns into links (images of other hosts) is then pointed like any link.
		const safe = safeMarkup(proposal.text, `${dir.label}/${proposal.file}`);
		const rewritten = rewriteLinks(safe.text, proposal.file, dir.label, targets);
		warnings.push(...safe.warnings, ...rewritten.warnings);
		const markdown = withoutTitleAndOwners(rewritten.text);
		return { ...proposal, markdown, files: rewritten.files.map((path) => ({ path, real: containedPath(dir, path)! })) };
	});
	return { dir, proposals: loaded, problems: [...read.problems, ...pullProblems], warnings };
}

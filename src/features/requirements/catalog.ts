import { scanMarkdown, type ScannedPage } from './scan.ts';
import { deriveParty, parseMarker, splitId, type Party } from './marker.ts';
import type { Keyword } from './normative-text.ts';
import type { ParsedRegistry, RetiredRequirement } from './registry.ts';
import type { Problem } from '#shared/problems.ts';
import './problem-codes.ts'; // declares the codes reported here, with their default fixes

/** A specification page as read from disk. */
export interface SpecPage {
	/** Path from the project root: `content/docs/specification/onboarding.md`. */
	file: string;
	/** Path from `content/docs/`, the key of the registry's `prefixes`. */
	docPath: string;
	/** URL path of the page below the site's base, without slashes around: `specification/onboarding`. */
	slug: string;
	title: string;
	source: string;
}

/** A place where an ID is cited outside the pages: the mock, a decision tracker. */
export interface Citation {
	id: string;
	file: string;
	line: number;
	column: number;
}

/** One normative statement with its ID. */
export interface Requirement {
	id: string;
	/** The first key word, which sets the level of the requirement. */
	keyword: Keyword;
	keywords: Keyword[];
	binds: Party[];
	text: string;
	parts: { text: string; code: boolean }[];
	page: { title: string; slug: string };
	section?: { title: string; anchor: string };
	source: { file: string; line: number };
}

export interface Catalog {
	requirements: Requirement[];
	retired: RetiredRequirement[];
	problems: Problem[];
}

const RUN = 'run `npm run req:ids`';

/**
 * Reads every statement of the pages and checks IDs against each other, the registry and the
 * places that cite them. All problems are collected; requirements with a valid ID are listed
 * even when other statements have problems.
 */
export function buildCatalog(
	pages: readonly SpecPage[],
	parsed: ParsedRegistry & { file: string },
	citations: readonly Citation[],
): Catalog {
	const { registry, file: registryFile } = parsed;
	const problems: Problem[] = [...parsed.problems];
	const requirements: Requirement[] = [];
	const firstUse = new Map<string, { file: string; line: number }>();
	// Every well-formed ID written on a page, even where it is misplaced: it has not vanished.
	const present = new Set<string>();
	const retired = new Map(registry.retired.map((entry) => [entry.id, entry]));

	for (const page of pages) {
		const scanned: ScannedPage = scanMarkdown(page.source);
		for (const stray of scanned.strayMarkers) {
			const marker = parseMarker(stray.raw);
			if ('id' in marker) present.add(marker.id);
			problems.push({
				code: 'requirements/stray-marker',
				file: page.file,
				...pos(stray),
				message: `marker \`${stray.raw}\` has no sentence of its own before it`,
				hint: 'write each marker right after the statement it names',
			});
		}
		for (const statement of scanned.statements) {
			const at = { file: page.file, line: statement.line, column: statement.column };
			const quote = `"${truncate(statement.text)}"`;
			if (!statement.marker) {
				problems.push({
					...at,
					code: 'requirements/missing-id',
					message: `normative statement has no requirement ID: ${quote}`,
					hint: `${RUN} to give it one`,
				});
				continue;
			}
			const { parsed: marker } = statement.marker;
			const markerAt = { file: page.file, ...pos(statement.marker) };
			if ('error' in marker) {
				problems.push({
					...markerAt,
					code: 'requirements/malformed-marker',
					message: marker.error,
					hint: `fix the marker, or delete it and ${RUN}`,
				});
				continue;
			}
			present.add(marker.id);
			if (!statement.keywords.length) {
				problems.push({
					...markerAt,
					code: 'requirements/not-normative',
					message: `${marker.id} marks a sentence without a key word in capitals: ${quote}`,
					hint: `write the key word in capitals, or delete the marker and ${RUN}, which records the ID as retired`,
				});
				continue;
			}
			const previous = firstUse.get(marker.id);
			if (previous) {
				problems.push({
					...markerAt,
					code: 'requirements/duplicate-id',
					message: `${marker.id} is already used at ${previous.file}:${previous.line}`,
					hint: `an ID names one statement: delete this marker and ${RUN} to give the statement its own ID`,
				});
				continue;
			}
			firstUse.set(marker.id, { file: page.file, line: statement.marker.line });
			const gone = retired.get(marker.id);
			if (gone) {
				problems.push({
					...markerAt,
					code: 'requirements/retired-id',
					message: `${marker.id} was retired on ${gone.retired} and is never used again`,
					hint: `delete the marker and ${RUN} to give the statement a new ID`,
				});
				continue;
			}
			const { prefix, number } = splitId(marker.id);
			if (number > (registry.issued[prefix] ?? 0)) {
				problems.push({
					...markerAt,
					code: 'requirements/unissued-id',
					message: `${marker.id} is not recorded in ${registryFile}`,
					hint: `${RUN}, which records hand-written IDs`,
				});
			}
			const derived = deriveParty(statement.subject);
			const binds = marker.binds ?? (derived ? [derived] : []);
			if (!binds.length) {
				problems.push({
					...markerAt,
					code: 'requirements/unknown-party',
					message: `cannot tell whom ${marker.id} binds from its subject "${truncate(statement.subject || statement.text)}"`,
					hint: 'name the party (the device management client, the workload orchestration web service, the application vendor) or add ` binds=device|orchestrator|application-vendor` to the marker',
				});
			}
			requirements.push({
				id: marker.id,
				keyword: statement.keywords[0] ?? 'MUST',
				keywords: statement.keywords,
				binds,
				text: statement.text,
				parts: statement.parts,
				page: { title: page.title, slug: page.slug },
				...(statement.section ? { section: statement.section } : {}),
				source: { file: page.file, line: statement.line },
			});
		}
	}

	for (const [prefix, highest] of Object.entries(registry.issued)) {
		for (let number = 1; number <= highest; number++) {
			const id = `REQ-${prefix}-${String(number).padStart(3, '0')}`;
			if (present.has(id) || retired.has(id)) continue;
			problems.push({
				code: 'requirements/vanished-id',
				file: registryFile,
				line: parsed.lineOf(['issued', prefix]),
				column: 3,
				message: `${id} was issued but is on no page and not retired`,
				hint: `restore the statement with its marker, or ${RUN} to record the ID as retired`,
			});
		}
	}

	for (const citation of citations) {
		if (firstUse.has(citation.id)) continue;
		const gone = retired.get(citation.id);
		problems.push(
			gone
				? {
						code: 'requirements/retired-citation',
						file: citation.file,
						line: citation.line,
						column: citation.column,
						message: `cites ${citation.id}, which was retired on ${gone.retired}`,
						hint: 'cite the requirement that replaced it (see the requirements index)',
					}
				: {
						code: 'requirements/unknown-citation',
						file: citation.file,
						line: citation.line,
						column: citation.column,
						message: `cites ${citation.id}, which no specification page defines`,
						hint: 'cite an ID from the requirements index (/requirements/), or fix the typo',
					},
		);
	}
	return { requirements, retired: registry.retired, problems };
}

const pos = (at: { line: number; column: number }) => ({ line: at.line, column: at.column });
const truncate = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

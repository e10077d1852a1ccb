import { isMap, parseDocument } from 'yaml';
import {
	deriveParty,
	isSpecPageFile,
	parseMarker,
	planIds,
	readRegistry,
	REGISTRY_FILE,
	scanMarkdown,
	splitId,
	updateRegistry,
	type SpecPage,
} from '#features/requirements/index.ts';
import { importProblem, type ImportProblem } from './import-problems.ts';

/** What giving requirement IDs to imported specification pages changed. */
export interface RequirementStep {
	/** The imported files, specification pages with their markers. */
	files: Map<string, Uint8Array>;
	/** The new text of `content/requirements.yaml`, when it changes. */
	registry: string | undefined;
	assigned: number;
	kept: number;
	retired: number;
	/** Prefixes given to imported pages that had none: page (from content/docs) -> prefix. */
	newPrefixes: Record<string, string>;
	problems: ImportProblem[];
}

const decoder = new TextDecoder();

/**
 * Imported pages under `content/docs/specification/` are specification pages: their normative
 * statements get requirement IDs as `npm run req:ids` gives them (same planner, same registry).
 * Each imported page with normative statements and no prefix gets one, recorded in the registry. A statement whose
 * wording is unchanged since the last import keeps the marker it had, so re-importing does not
 * renumber; the ID of a statement gone from the source is retired.
 */
export function assignRequirementIds(
	siteRoot: string,
	files: ReadonlyMap<string, Uint8Array>,
	previousText: (file: string) => string | undefined,
	today: string,
): RequirementStep {
	const step: RequirementStep = {
		files: new Map(files),
		registry: undefined,
		assigned: 0,
		kept: 0,
		retired: 0,
		newPrefixes: {},
		problems: [],
	};
	const specFiles = [...files.keys()].filter(isSpecPageFile).sort();
	if (specFiles.length === 0) return step;
	const parsed = readRegistry(siteRoot);
	if (parsed.problems.length) {
		for (const problem of parsed.problems)
			step.problems.push(
				importProblem(
					'mkdocs/requirement-registry',
					{ file: problem.file, line: problem.line },
					problem.message,
					problem.hint ?? 'fix content/requirements.yaml, then re-run the import',
				),
			);
		return step;
	}
	const registry = { ...parsed.registry, prefixes: { ...parsed.registry.prefixes } };
	const used = new Set([...Object.values(registry.prefixes), ...Object.keys(registry.issued)]);
	const pages: SpecPage[] = specFiles.map((file) => {
		const docPath = file.replace(/^content\/docs\//, '');
		const source = carryMarkers(decoder.decode(files.get(file)), previousText(file), step);
		// Only pages with normative statements need a prefix.
		if (!registry.prefixes[docPath] && scanMarkdown(source).statements.some((statement) => statement.keywords.length)) {
			const prefix = newPrefix(docPath, used);
			registry.prefixes[docPath] = prefix;
			step.newPrefixes[docPath] = prefix;
		}
		return { file, docPath, slug: docPath.replace(/\.md$/, ''), title: docPath, source };
	});
	const plan = planIds(pages, registry);
	for (const page of pages) {
		const text = plan.edits.get(page.file) ?? page.source;
		step.files.set(page.file, new TextEncoder().encode(text));
		step.problems.push(...unboundStatements(page.file, text));
	}
	step.assigned = plan.assigned.length;
	const ours = new Set(pages.map((page) => registry.prefixes[page.docPath]));
	const retire = plan.retire.filter((id) => ours.has(splitId(id).prefix)).map((id) => ({ id, retired: today }));
	step.retired = retire.length;
	let text = parsed.text;
	if (Object.keys(step.newPrefixes).length) {
		const doc = parseDocument(text);
		const map = doc.get('prefixes', true);
		for (const [docPath, prefix] of Object.entries(step.newPrefixes)) {
			if (isMap(map)) map.set(docPath, prefix);
			else doc.set('prefixes', doc.createNode({ ...registry.prefixes }));
		}
		text = doc.toString({ lineWidth: 0 });
	}
	text = updateRegistry(text, plan.issued, retire);
	if (text !== parsed.text) step.registry = text;
	return step;
}

/**
 * Statements whose subject names no party (`It SHOULD log`) and whose marker has no `binds=`:
 * the requirement check stops the build on them, so the import says which and where.
 */
function unboundStatements(file: string, text: string): ImportProblem[] {
	return scanMarkdown(text).statements.flatMap((statement) => {
		const marker = statement.marker ? parseMarker(statement.marker.raw) : undefined;
		if (!marker || !('id' in marker) || marker.binds || deriveParty(statement.subject)) return [];
		return [
			importProblem(
				'mkdocs/unknown-party',
				{ file, line: statement.line },
				`${marker.id} does not say whom it binds ("${statement.text.slice(0, 60)}${statement.text.length > 60 ? '…' : ''}"); the build's requirement check will refuse it`,
				'name the party in the MkDocs page (the device, the workload orchestration web service, the application vendor) and re-import, or add ` binds=device` (orchestrator, application-vendor) to the marker in the imported page and re-import with --force, which keeps markers',
			),
		];
	});
}

/** Puts back the marker a statement had in the last imported version of the page, matched by its wording. */
function carryMarkers(source: string, previous: string | undefined, step: RequirementStep): string {
	if (!previous) return source;
	const markers = new Map<string, string>();
	for (const statement of scanMarkdown(previous).statements) if (statement.marker) markers.set(statement.text, statement.marker.raw);
	const inserts = scanMarkdown(source)
		.statements.filter((statement) => !statement.marker && markers.has(statement.text))
		.map((statement) => ({ offset: statement.endOffset, text: ` ${markers.get(statement.text)}` }));
	step.kept += inserts.length;
	let text = source;
	for (const insert of inserts.reverse()) text = text.slice(0, insert.offset) + insert.text + text.slice(insert.offset);
	return text;
}

/** An unused prefix of 2 to 5 capital letters from a page's name: its initials, else its first letters. */
function newPrefix(docPath: string, used: Set<string>): string {
	const name = (docPath.split('/').at(-1) ?? docPath).replace(/\.md$/, '');
	const words = name
		.toUpperCase()
		.split(/[^A-Z]+/)
		.filter(Boolean);
	const letters = words.join('') || 'IMP';
	const initials = words.map((word) => word[0]).join('');
	const candidates = [
		initials.length >= 2 && initials.length <= 5 ? initials : '',
		letters.slice(0, 3),
		letters.slice(0, 4),
		letters.slice(0, 5),
	].filter((candidate) => candidate.length >= 2);
	for (const stem of [...candidates, letters.slice(0, 2).padEnd(2, 'X')]) {
		if (!used.has(stem)) return remember(stem, used);
		for (const extra of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') if (stem.length < 5 && !used.has(stem + extra)) return remember(stem + extra, used);
	}
	throw new Error(`no free requirement prefix for ${docPath}`);
}

function remember(prefix: string, used: Set<string>): string {
	used.add(prefix);
	return prefix;
}

export { REGISTRY_FILE };

import { scanMarkdown } from './scan.ts';
import { formatMarker, parseMarker, requirementId, splitId } from './marker.ts';
import { REGISTRY_FILE, type Registry } from './registry.ts';
import type { SpecPage } from './catalog.ts';
import type { Problem } from '#shared/problems.ts';

export interface IdPlan {
	/** New text of each page that gains markers, by file. */
	edits: Map<string, string>;
	assigned: { id: string; file: string; line: number }[];
	/** Highest number issued per prefix, after this run. */
	issued: Record<string, number>;
	/** IDs that were issued but are no longer on any page: to be recorded as retired. */
	retire: string[];
	problems: Problem[];
}

/**
 * Plans what `npm run req:ids` writes. Statements that already carry a marker keep it, whatever
 * happens around them: that is what makes IDs stable. Each statement without one gets the next
 * number of its page's prefix, above every number issued, on a page or retired, so no ID is ever
 * handed out twice.
 */
export function planIds(pages: readonly SpecPage[], registry: Registry): IdPlan {
	const scanned = pages.map((page) => ({ page, ...scanMarkdown(page.source) }));
	const present = new Set<string>();
	const highest: Record<string, number> = { ...registry.issued };
	const raise = (id: string) => {
		const { prefix, number } = splitId(id);
		highest[prefix] = Math.max(highest[prefix] ?? 0, number);
	};
	registry.retired.forEach((entry) => raise(entry.id));
	for (const { statements, strayMarkers } of scanned) {
		// A misplaced marker still holds its ID: the build asks to move it, not to replace it.
		const markers = [
			...statements.flatMap(({ marker }) => (marker ? [marker.parsed] : [])),
			...strayMarkers.map(({ raw }) => parseMarker(raw)),
		];
		for (const marker of markers) {
			if ('id' in marker) {
				present.add(marker.id);
				raise(marker.id);
			}
		}
	}

	const plan: IdPlan = { edits: new Map(), assigned: [], issued: highest, retire: [], problems: [] };
	for (const { page, statements } of scanned) {
		const unmarked = statements.filter((statement) => !statement.marker && statement.keywords.length);
		if (!unmarked.length) continue;
		const prefix = registry.prefixes[page.docPath];
		if (!prefix) {
			plan.problems.push({
				code: 'requirements/no-prefix',
				file: page.file,
				line: unmarked[0]?.line ?? 1,
				column: unmarked[0]?.column ?? 1,
				message: `the page has no ID prefix, so its ${unmarked.length} new statement(s) cannot get IDs`,
				hint: `add \`${page.docPath}: ABC\` (2 to 5 capital letters, unused) under \`prefixes:\` in ${REGISTRY_FILE}`,
			});
			continue;
		}
		const inserts = unmarked.map((statement) => {
			const id = requirementId(prefix, (highest[prefix] = (highest[prefix] ?? 0) + 1));
			plan.assigned.push({ id, file: page.file, line: statement.line });
			return { offset: statement.endOffset, text: ` ${formatMarker(id)}` };
		});
		let text = page.source;
		for (const insert of inserts.reverse()) text = text.slice(0, insert.offset) + insert.text + text.slice(insert.offset);
		plan.edits.set(page.file, text);
	}

	const retired = new Set(registry.retired.map((entry) => entry.id));
	for (const [prefix, count] of Object.entries(registry.issued)) {
		for (let number = 1; number <= count; number++) {
			const id = requirementId(prefix, number);
			if (!present.has(id) && !retired.has(id)) plan.retire.push(id);
		}
	}
	return plan;
}

/** The text of statement `id` in an older version of a page, to keep with its retired ID. */
export function statementText(source: string, id: string): string | undefined {
	return scanMarkdown(source).statements.find((s) => {
		const parsed = s.marker ? parseMarker(s.marker.raw) : undefined;
		return parsed && 'id' in parsed && parsed.id === id;
	})?.text;
}

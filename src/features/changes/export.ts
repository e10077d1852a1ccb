import type { BuildInfo } from '#shared/node/build-info.ts';
import type { ApiChange } from './compare-api.ts';
import type { RequirementChange, RequirementSide } from './compare-requirements.ts';
import type { Comparison } from './compare.ts';
import { summarize, type Summary } from './summary.ts';

/** Path of the export's JSON Schema below the site's base. */
const CHANGES_SCHEMA_PATH = 'schemas/changes.schema.json';

/**
 * `/changes.json`: what this build changes compared with `MARGO_COMPARE_WITH`. Its shape is
 * `public/schemas/changes.schema.json`; change both together and bump `formatVersion` when a
 * change would break a reader.
 */
export interface ChangesExport {
	$schema: string;
	formatVersion: 1;
	base: { ref: string; commit: string };
	head: { commit: string | null };
	summary: Summary;
	requirements: ExportedRequirementChange[];
	api: (ApiChange & { url: string | null })[];
	unreadable: Comparison['unreadable'];
	pages: { slug: string; title: string; change: string; file: string; url: string | null; diff: string | null; before: string | null }[];
	decisions: { id: string; title: string; before: string | null; after: string | null; url: string | null }[];
}

interface ExportedSide {
	keyword: string;
	text: string;
	binds: string[];
	/** The statement in that version: the new site for `after`, the file at the base commit for `before`. */
	url: string;
	page: { title: string; slug: string };
	section: { title: string; anchor: string } | null;
	source: { file: string; line: number };
}

interface ExportedRequirementChange {
	id: string | null;
	change: RequirementChange['change'];
	changes: RequirementChange['changes'];
	/** URL of the page the statement is on now (or was on, when it left). */
	page: string;
	before?: ExportedSide;
	after?: ExportedSide;
	retired?: string;
}

/** Builds the export; `siteBase` is the absolute URL of the site's base, ending in `/`. */
export function toChangesExport(comparison: Comparison, siteBase: string, info: BuildInfo): ChangesExport {
	const at = (path: string) => new URL(path, siteBase).href;
	const oldFile = (file: string, line?: number) => `${info.repository}/blob/${comparison.base.commit}/${file}${line ? `#L${line}` : ''}`;
	const exportSide = (side: RequirementSide, id: string | null, isAfter: boolean): ExportedSide => ({
		keyword: side.keyword,
		text: side.text,
		binds: side.binds,
		url: isAfter ? at(`${side.page}/${id ? `#${id}` : ''}`) : oldFile(side.source.file, side.source.line),
		page: { title: side.pageTitle, slug: side.page },
		section: side.section,
		source: side.source,
	});
	const diffs = new Set(comparison.pageTexts.map((page) => page.slug));
	return {
		$schema: at(CHANGES_SCHEMA_PATH),
		formatVersion: 1,
		base: comparison.base,
		head: { commit: info.commit },
		summary: summarize(comparison),
		requirements: comparison.requirements.map((change) => {
			const page = at(`${(change.after ?? change.before)?.page ?? ''}/`);
			return {
				id: change.id,
				change: change.change,
				changes: change.changes,
				page,
				...(change.before ? { before: exportSide(change.before, change.id, false) } : {}),
				...(change.after ? { after: exportSide(change.after, change.id, true) } : {}),
				...(change.retired ? { retired: change.retired } : {}),
			};
		}),
		api: comparison.api.map((change) => ({
			...change,
			url: change.operationKey
				? at(`reference/${change.document}/#op-${change.operationKey}`)
				: change.change === 'removed'
					? null
					: at(`reference/${change.document}/`),
		})),
		unreadable: comparison.unreadable,
		pages: comparison.pages.map((page) => ({
			slug: page.slug,
			title: page.title,
			change: page.change,
			url: page.change === 'removed' ? null : at(`${page.slug}/`),
			file: page.file,
			diff: diffs.has(page.slug) ? at(`changes/pages/${page.slug}/`) : null,
			before: page.change === 'added' ? null : oldFile(page.file),
		})),
		decisions: comparison.decisions.map((decision) => ({
			...decision,
			url: decision.after === null ? null : at(`decisions/${decision.id.toLowerCase()}/`),
		})),
	};
}

import type { ProposalEntryData } from './loader.ts';
import type { Owner } from './parse/owners.ts';
import type { SectionState } from './parse/sections.ts';
import type { ProposalFolder } from './source/read-proposals.ts';
import type { Stage, StageSource } from './stage.ts';

/** Path of the export's JSON Schema below the site's base. */
const PROPOSALS_SCHEMA_PATH = 'schemas/proposals.schema.json';

/**
 * `/proposals.json`: every SUP for tools. Its shape is `public/schemas/proposals.schema.json`;
 * change both together and bump `formatVersion` when a change would break a reader.
 */
export interface ProposalsExport {
	$schema: string;
	formatVersion: 1;
	proposals: ExportedProposal[];
}

interface ExportedProposal {
	slug: string;
	title: string;
	file?: string;
	folder?: ProposalFolder;
	stage: Stage;
	stageSources: StageSource[];
	owners: Owner[];
	sections?: Record<string, SectionState>;
	pr?: number;
	reviewWindowEnds?: string;
	url: string;
}

/** The export; `siteBase` is the absolute URL of the site's base, ending in `/`. */
export function toProposalsExport(proposals: readonly ProposalEntryData[], siteBase: string): ProposalsExport {
	return {
		$schema: new URL(PROPOSALS_SCHEMA_PATH, siteBase).href,
		formatVersion: 1,
		proposals: proposals.map((p) => ({
			slug: p.slug,
			title: p.title,
			...(p.file ? { file: p.file } : {}),
			...(p.folder ? { folder: p.folder } : {}),
			stage: p.stage,
			stageSources: p.stageSources,
			owners: p.owners.map((o) => ({ ...(o.name ? { name: o.name } : {}), ...(o.github ? { github: o.github } : {}) })),
			...(p.sections ? { sections: p.sections } : {}),
			...(p.pr !== undefined ? { pr: p.pr } : {}),
			...(p.reviewWindowEnds ? { reviewWindowEnds: p.reviewWindowEnds } : {}),
			url: new URL(`proposals/${p.slug}/`, siteBase).href,
		})),
	};
}

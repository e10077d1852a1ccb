import type { MockCheckability } from '#features/mock/index.ts';
import type { BuildInfo } from '#shared/node/build-info.ts';
import type { Catalog } from './catalog.ts';
import type { Keyword } from './normative-text.ts';
import type { Party } from './marker.ts';

/** Path of the export's JSON Schema below the site's base. */
const EXPORT_SCHEMA_PATH = 'schemas/requirements.schema.json';

/**
 * `/requirements.json`: every normative statement for conformance tooling. Its shape is
 * `public/schemas/requirements.schema.json`; change both together and bump `formatVersion` when
 * a change would break a reader.
 */
export interface RequirementsExport {
	$schema: string;
	formatVersion: 1;
	/** What the statements were read from: a snapshot of work in progress. */
	specification: { repository: string; branch: string; commit: string | null };
	requirements: ExportedRequirement[];
	/** IDs that were once issued and will never be used again. */
	retired: { id: string; retired: string; text?: string }[];
}

interface ExportedRequirement {
	id: string;
	keyword: Keyword;
	keywords: Keyword[];
	binds: Party[];
	/** The statement as plain text, without its ID marker. */
	text: string;
	/** Absolute permalink of the statement. */
	url: string;
	page: { title: string; url: string };
	section: { title: string; url: string } | null;
	/** Where the statement is written, from the root of the specification repository. */
	source: { file: string; line: number };
	/** Whether the site's mock checks a device's requests against it; absent when it binds no device. */
	mock?: MockCheckability;
}

/**
 * Builds the export; `siteBase` is the absolute URL of the site's base, ending in `/`;
 * `mockCheckability` says what the mock checks of each requirement.
 */
export function toExport(
	catalog: Pick<Catalog, 'requirements' | 'retired'>,
	siteBase: string,
	info: BuildInfo,
	mockCheckability: (id: string) => MockCheckability | undefined = () => undefined,
): RequirementsExport {
	const at = (path: string) => new URL(path, siteBase).href;
	return {
		$schema: at(EXPORT_SCHEMA_PATH),
		formatVersion: 1,
		specification: { repository: info.repository, branch: info.branch, commit: info.commit },
		requirements: catalog.requirements.map((requirement) => {
			const page = at(`${requirement.page.slug}/`);
			const exported: ExportedRequirement = {
				id: requirement.id,
				keyword: requirement.keyword,
				keywords: requirement.keywords,
				binds: requirement.binds,
				text: requirement.text,
				url: `${page}#${requirement.id}`,
				page: { title: requirement.page.title, url: page },
				section: requirement.section ? { title: requirement.section.title, url: `${page}#${requirement.section.anchor}` } : null,
				source: requirement.source,
			};
			const mock = mockCheckability(requirement.id);
			return mock ? { ...exported, mock } : exported;
		}),
		retired: catalog.retired.map(({ id, retired, text }) => (text === undefined ? { id, retired } : { id, retired, text })),
	};
}

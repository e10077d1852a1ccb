import { getCollection, type CollectionEntry } from 'astro:content';
import { utcDate } from '#features/decisions/index.ts';
import type { Lead } from '../leads.ts';
import type { ProposalEntryData } from '../loader.ts';
import { registerOrder } from '../view.ts';

export interface ProposalRegister {
	proposals: ProposalEntryData[];
	entries: Map<string, CollectionEntry<'proposals'>>;
	leads: Lead[];
	/** The build's date, `YYYY-MM-DD` (UTC), that days left count from. */
	today: string;
}

/** The SUPs in register order, the technical leads, and the build's date, for pages and exports. */
export async function loadProposalRegister(): Promise<ProposalRegister> {
	const [entries, organizations] = await Promise.all([getCollection('proposals'), getCollection('organizations')]);
	const proposals = entries.map((entry) => entry.data as ProposalEntryData).sort(registerOrder);
	const leads = organizations.flatMap(({ data }) =>
		data.approvers
			.filter((a) => a.role === 'technical-lead')
			.map((a) => ({ id: a.id, name: a.name, github: a.github, organization: data.name })),
	);
	return { proposals, entries: new Map(entries.map((e) => [e.id, e])), leads, today: utcDate(new Date()) };
}

export { PROPOSALS_REPOSITORY } from '../repository.ts';

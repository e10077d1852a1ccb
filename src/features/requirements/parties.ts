import type { Party } from './marker.ts';

/** How the index names each party a requirement binds: in full in the filter, short in the table. */
export const PARTY_LABELS: Record<Party, string> = {
	device: 'Device (management client)',
	orchestrator: 'Orchestrator (web service)',
	'application-vendor': 'Application vendor',
};
export const PARTY_SHORT_LABELS: Record<Party, string> = {
	device: 'Device',
	orchestrator: 'Orchestrator',
	'application-vendor': 'Application vendor',
};

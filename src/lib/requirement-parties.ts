import type { Party } from './requirement-marker.ts';

/** How the index names each party a requirement binds. */
export const PARTY_LABELS: Record<Party, string> = {
	device: 'Device (management client)',
	orchestrator: 'Orchestrator (web service)',
	'application-vendor': 'Application vendor',
};

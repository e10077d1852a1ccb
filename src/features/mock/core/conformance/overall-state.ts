import type { Observation } from './observations.ts';

/**
 * The rules between a status report's overall state and its components' states (the deployment
 * status page). The mock takes a report that breaks them, as a service may, and notes the fault.
 */
export function overallStateObservations(state: string, components: readonly { state: string }[]): Observation[] {
	const all = (wanted: string) => components.every((component) => component.state === wanted);
	const observations: Observation[] = [];
	if (state === 'installed') observations.push({ check: 'status/installed', passed: all('installed') });
	if (state === 'removed') observations.push({ check: 'status/removed', passed: all('removed') });
	if (components.some((component) => component.state === 'failed'))
		observations.push({ check: 'status/failed', passed: state === 'failed' });
	return observations;
}

import type { Incoming } from '../request-guards.ts';
import type { CheckId } from './checks.ts';

/** One check the mock made on a request, and whether the request passed it. */
export interface Observation {
	check: CheckId;
	passed: boolean;
}

/**
 * Notes that `incoming` was checked by `check`. The handlers call it where they check, whatever
 * they answer next; `handlers.ts` `logged` hands the notes, with the answer, to the conformance log.
 */
export function observe(incoming: Incoming, check: CheckId, passed: boolean): void {
	(incoming.observations ??= []).push({ check, passed });
}

/** Notes the client a request is from, as soon as the mock knows it (path, token, signature, onboarding). */
export function attribute(incoming: Incoming, clientId: string | undefined): void {
	if (clientId) incoming.clientId ??= clientId;
}

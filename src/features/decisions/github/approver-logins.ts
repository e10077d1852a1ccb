import type { Approver } from '../approval-rule.ts';

/**
 * Approvers by GitHub login, lower-cased: GitHub logins are case-insensitive, so `Ada-Lovelace`
 * in `content/approvers.yaml` is the author of a comment GitHub attributes to `ada-lovelace`.
 */
export function approversByLogin<A extends Approver>(approvers: Iterable<A>): Map<string, A> {
	const map = new Map<string, A>();
	for (const approver of approvers) if (approver.github) map.set(approver.github.toLowerCase(), approver);
	return map;
}

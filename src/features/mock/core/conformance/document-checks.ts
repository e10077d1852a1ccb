import type { FieldError } from '../problem-details.ts';
import type { CheckId } from './checks.ts';
import type { Observation } from './observations.ts';

/**
 * The checks of each document a device sends, by operation: the first is the document's own (it
 * arrived, parsed, and matched its schema), the others name the fields a more precise requirement
 * governs, each with the pointers of the fields it covers.
 */
const DOCUMENTS: Record<string, { document: CheckId; fields: [CheckId, RegExp][] }> = {
	onboardDevice: { document: 'onboarding/document', fields: [] },
	requestAccessToken: { document: 'token/request', fields: [] },
	putDeviceCapabilities: {
		document: 'capabilities/complete',
		fields: [
			['capabilities/roles', /^\/properties\/roles(\/|$)/],
			['capabilities/units', /^\/properties\/resources\/(memory|storage)$/],
			['capabilities/architecture', /^\/properties\/resources\/cpus\/\d+\/architecture$/],
		],
	},
	postDeploymentStatus: {
		document: 'status/document',
		fields: [
			['status/states', /^(\/status|\/components\/\d+)\/state$/],
			['status/errors', /^(\/status|\/components\/\d+)\/error(\/|$)/],
		],
	},
};

/** The document check of an operation, for a body that is missing, of the wrong type or not JSON. */
export function documentCheck(operationId: string): CheckId | undefined {
	return DOCUMENTS[operationId]?.document;
}

/**
 * What a validated document showed: each field check fails when a field it covers failed, and the
 * document check fails when any other field did; every other check of the document passed.
 */
export function documentObservations(operationId: string, errors: readonly FieldError[]): Observation[] {
	const checks = DOCUMENTS[operationId];
	if (!checks) return [];
	const failed = new Set<CheckId>();
	for (const { pointer } of errors) failed.add(checks.fields.find(([, pattern]) => pattern.test(pointer))?.[0] ?? checks.document);
	return [checks.document, ...checks.fields.map(([check]) => check)].map((check) => ({ check, passed: !failed.has(check) }));
}

/**
 * What the body's bytes show before it is parsed: an onboarding request holding a private key
 * (PEM, in any field), which no schema check would name as such.
 */
export function rawBodyObservations(operationId: string, body: Uint8Array): Observation[] {
	if (operationId !== 'onboardDevice') return [];
	return [{ check: 'onboarding/no-private-key', passed: !/PRIVATE KEY-----/.test(new TextDecoder().decode(body)) }];
}

/**
 * Every check the mock makes on a device's request, and the requirement binding the device that
 * it observes. The problem a failed check answers with may cite the service's side of the same
 * rule (`problem-details.ts`); the conformance report counts the device's. `checks.test.ts`
 * compares this table and {@link NOT_CHECKABLE} with the requirement catalogue: every ID exists,
 * binds the device, and every requirement binding the device is in one of the two.
 */
export const CHECKS = {
	'onboarding/document': { requirement: 'REQ-ONB-004', what: 'The onboarding request is an OnboardingRequest document.' },
	'onboarding/certificate': { requirement: 'REQ-ONB-004', what: 'The certificate field holds an X.509 certificate with a P-256 key.' },
	'onboarding/own-certificate': {
		requirement: 'REQ-ONB-004',
		what: "The certificate is the device's own, valid now, not the service's root CA.",
	},
	'onboarding/no-private-key': { requirement: 'REQ-ONB-005', what: 'The onboarding request holds no private key.' },
	'onboarding/once': { requirement: 'REQ-ONB-012', what: 'A certificate already onboarded is not onboarded again.' },
	'token/request': { requirement: 'REQ-SEC-001', what: 'The token request is a form-encoded client credentials grant.' },
	'token/credentials': { requirement: 'REQ-SEC-001', what: 'client_id and client_secret are those onboarding gave.' },
	'auth/bearer': { requirement: 'REQ-SEC-003', what: 'A request under /clients/{clientId} carries that client’s access token.' },
	'auth/fresh-token': { requirement: 'REQ-SEC-004', what: 'The access token has not expired.' },
	'signing/digest': { requirement: 'REQ-SEC-006', what: 'Content-Digest holds the SHA-256 of the exact body.' },
	'signing/signature': { requirement: 'REQ-SEC-007', what: 'The body is signed with the key of the onboarded certificate.' },
	'signing/not-replayed': { requirement: 'REQ-SEC-007', what: 'Each signed status report is signed anew, never sent again.' },
	'signing/components': { requirement: 'REQ-SEC-008', what: 'The signature covers @method, @target-uri and content-digest.' },
	'signing/parameters': { requirement: 'REQ-SEC-009', what: 'The signature has created and keyid = the clientId.' },
	'signing/algorithm': { requirement: 'REQ-SEC-010', what: 'The signature is ecdsa-p256-sha256.' },
	'signing/clock': { requirement: 'REQ-DEV-006', what: 'The signature’s created time is within 300 s of the service’s clock.' },
	'capabilities/first': { requirement: 'REQ-CAP-001', what: 'Capabilities are reported before the first manifest request.' },
	'capabilities/complete': { requirement: 'REQ-CAP-003', what: 'The capabilities document is complete and valid.' },
	'capabilities/roles': { requirement: 'REQ-CAP-004', what: 'properties.roles lists only the four device roles.' },
	'capabilities/units': { requirement: 'REQ-CAP-005', what: 'memory and storage are a number and a unit, such as 64Gi.' },
	'capabilities/architecture': { requirement: 'REQ-CAP-006', what: 'Each CPU architecture is amd64, arm64 or arm.' },
	'manifest/if-none-match': { requirement: 'REQ-DST-007', what: 'A manifest request after the first sends If-None-Match.' },
	'status/document': {
		requirement: 'REQ-STS-001',
		what: 'The status report is a DeploymentStatus document for a deployment of the client.',
	},
	'status/deployment-id': { requirement: 'REQ-STS-002', what: 'deploymentId equals the one in the path.' },
	'status/components': { requirement: 'REQ-STS-003', what: 'The components are those of the deployment profile.' },
	'status/states': { requirement: 'REQ-STS-004', what: 'States are the six lower-case values.' },
	'status/errors': { requirement: 'REQ-STS-005', what: 'A failed deployment or component has an error with code and message.' },
	'status/installed': {
		requirement: 'REQ-STS-006',
		what: 'installed only when every component is installed (observed; the mock accepts it).',
	},
	'status/removed': { requirement: 'REQ-STS-007', what: 'removed only when every component is removed (observed; the mock accepts it).' },
	'status/failed': { requirement: 'REQ-STS-008', what: 'failed when any component failed (observed; the mock accepts it).' },
} as const satisfies Record<string, { requirement: string; what: string }>;

export type CheckId = keyof typeof CHECKS;

/** Requirements binding the device that no request to the mock can show kept or broken. */
export const NOT_CHECKABLE: readonly { id: string; why: string }[] = [
	{ id: 'REQ-MGI-001', why: 'A setting of the client; the mock sees requests, not the client’s configuration.' },
	{ id: 'REQ-MGI-002', why: 'A setting of the client; the mock sees requests, not the client’s configuration.' },
	{ id: 'REQ-MGI-003', why: 'A setting of the client; the mock sees requests, not the client’s configuration.' },
	{ id: 'REQ-MGI-004', why: 'A setting of the client; errors it ignores leave no trace in its requests.' },
	{ id: 'REQ-MGI-005', why: 'Every exchange with a mock is a request the client starts; the mock cannot send any other.' },
	{ id: 'REQ-MGI-006', why: 'The mock serves plain HTTP on this machine, so it cannot tell whether the client insists on HTTPS.' },
	{ id: 'REQ-ONB-003', why: 'GET /onboarding/certificate carries no identity: the mock cannot tell which device fetched it.' },
	{ id: 'REQ-ONB-006', why: 'Whether the key is kept shows only in later signatures, which REQ-SEC-007 checks.' },
	{ id: 'REQ-ONB-013', why: 'How the device stores its secret is not visible over the interface.' },
	{ id: 'REQ-CAP-002', why: 'The mock cannot know when the device’s hardware changed.' },
	{ id: 'REQ-DST-006', why: 'The configured polling interval is not known to the mock.' },
	{ id: 'REQ-DST-008', why: 'Rejecting a manifest happens inside the client; the mock only ever serves increasing versions.' },
	{ id: 'REQ-DST-009', why: 'Removing a workload happens on the device; only a status report would show it, which REQ-STS-001 covers.' },
	{ id: 'REQ-DST-013', why: 'Verifying a downloaded document’s digest happens inside the client.' },
	{ id: 'REQ-DST-014', why: 'A cache inside the client leaves no trace the mock can tell from not fetching.' },
	{ id: 'REQ-DST-018', why: 'Applying parameters happens on the device.' },
	{ id: 'REQ-STS-009', why: 'The mock cannot tell when the client accepted a deployment, only when it reported it.' },
	{ id: 'REQ-DEV-001', why: 'Covered by the capabilities schema (REQ-CAP-004); it states what the device is, not what it sends.' },
	{ id: 'REQ-DEV-002', why: 'What runs on the device is not visible over the interface.' },
	{ id: 'REQ-DEV-003', why: 'What runs on the device is not visible over the interface.' },
	{ id: 'REQ-DEV-004', why: 'What runs on the device is not visible over the interface.' },
	{ id: 'REQ-DEV-005', why: 'What runs on the device is not visible over the interface.' },
	{ id: 'REQ-DEV-007', why: 'Talking to the mock at all is what this asks; there is nothing more to check.' },
	{ id: 'REQ-DEV-008', why: 'How the client was installed is not visible over the interface.' },
	{ id: 'REQ-DEV-009', why: 'How the client was installed is not visible over the interface.' },
	{ id: 'REQ-DEV-010', why: 'How the client runs is not visible over the interface.' },
	{ id: 'REQ-DEV-011', why: 'Checked through onboarding (REQ-ONB-004): a certificate is presented or onboarding fails.' },
	{ id: 'REQ-DEV-012', why: 'Where the key is stored is not visible over the interface.' },
	{ id: 'REQ-DEV-013', why: 'A setting of the client; the mock sees requests, not the client’s configuration.' },
	{ id: 'REQ-DEV-014', why: 'Installing happens on the device; the mock’s sample deployments match the reported roles.' },
	{ id: 'REQ-DEV-015', why: 'Verifying a Compose package happens on the device.' },
];

/** The requirement each check observes. */
export function requirementOf(check: CheckId): string {
	return CHECKS[check].requirement;
}

/** What the mock can tell of a requirement: the checks that observe it, or why none can. */
export type MockCheckability = { checked: true; checks: { id: CheckId; what: string }[] } | { checked: false; why: string };

/**
 * The mock's word on requirement `id`, for the requirements index and `/requirements.json`;
 * `undefined` for a requirement that binds no device (the mock plays the orchestrator, so it
 * checks only what devices send).
 */
export function mockCheckability(id: string): MockCheckability | undefined {
	const checks = (Object.entries(CHECKS) as [CheckId, (typeof CHECKS)[CheckId]][])
		.filter(([, check]) => check.requirement === id)
		.map(([check, { what }]) => ({ id: check, what }));
	if (checks.length > 0) return { checked: true, checks };
	const why = NOT_CHECKABLE.find((entry) => entry.id === id)?.why;
	return why === undefined ? undefined : { checked: false, why };
}

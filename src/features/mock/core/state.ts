import { original } from './change-journal.ts';
import type { CertificateInfo } from '../signing/x509-certificates.ts';

/**
 * The mock web service's state: everything the orchestrator side remembers between requests.
 * Plain JSON (no classes, no CryptoKey) so it can be kept in IndexedDB or in memory as it is.
 */
export interface MockState {
	/** Bumped when the shape changes; older saved state is discarded. */
	schemaVersion: 1;
	/** The root CA certificate served at `GET /onboarding/certificate`, base64 DER. */
	rootCa: string;
	clients: Record<string, ClientRecord>;
	/** Access token → who holds it until when. */
	tokens: Record<string, TokenRecord>;
}

export interface ClientRecord {
	clientId: string;
	clientSecret: string;
	certificate: CertificateInfo;
	onboardedAt: string;
	/** Set by the orchestrator control: signed requests are then refused with 403. */
	revoked: boolean;
	capabilities?: { document: unknown; updatedAt: string };
	/** Starts at 1 and grows with every change of the deployments. */
	manifestVersion: number;
	/** Set once the client was sent a manifest (and its ETag): later requests should send If-None-Match. */
	manifestServed?: boolean;
	/** Deployments assigned to the client, in the order they were assigned. */
	deployments: DeploymentRecord[];
}

export interface DeploymentRecord {
	deploymentId: string;
	applicationId: string;
	/** The `ApplicationDeployment` document's exact bytes, as UTF-8 text. */
	yaml: string;
	/** `sha256:<hex>` of `yaml`. */
	digest: string;
	assignedAt: string;
	/** Set when the orchestrator removed it: no longer in the manifest, but status reports (removing → removed) are still taken. */
	removedAt?: string;
	/** Every status report received for this deployment, oldest first. */
	statusHistory: StatusReport[];
	/**
	 * The `created` time (seconds) of the newest signed status report taken, and the signatures
	 * taken with that time: an older report, or one of these again, is a replay.
	 */
	lastSigned?: { created: number; signatures: string[] };
}

export interface StatusReport {
	receivedAt: string;
	report: { status: { state: string; error?: { code: string; message: string } }; components: unknown[] } & Record<string, unknown>;
}

interface TokenRecord {
	clientId: string;
	/** Milliseconds since the epoch. */
	expiresAt: number;
}

export const STATE_SCHEMA_VERSION = 1;

/** The latest reported state of a deployment, if any. */
export function latestState(deployment: DeploymentRecord): string | undefined {
	return deployment.statusHistory.at(-1)?.report.status.state;
}

/** Drops tokens that expired before `now` (ms), so the state does not grow without bound. */
export function pruneTokens(state: MockState, now: number): void {
	// Scans the plain records, deletes through the state (which may be a transaction's draft).
	for (const [token, record] of Object.entries(original(state.tokens))) {
		if (record.expiresAt <= now) delete state.tokens[token];
	}
}

/** Fingerprint → clientId for each `clients` object seen, so onboarding need not scan every client. */
const fingerprintIndexes = new WeakMap<object, Map<string, string>>();

/**
 * The client onboarded with the certificate of this fingerprint, if any. The index is built on
 * first use and kept up to date by {@link addClient}; an entry whose client is gone (a
 * transaction undone) or changed is ignored.
 */
export function findClientByFingerprint(state: MockState, fingerprint: string): ClientRecord | undefined {
	const clients = original(state.clients);
	let index = fingerprintIndexes.get(clients);
	if (!index) {
		index = new Map(Object.values(clients).map((client) => [client.certificate.fingerprint, client.clientId]));
		fingerprintIndexes.set(clients, index);
	}
	const client = clients[index.get(fingerprint) ?? ''];
	if (client?.certificate.fingerprint === fingerprint) return client;
	return undefined;
}

/** Adds an onboarded client to the state (and to the fingerprint index). */
export function addClient(state: MockState, client: ClientRecord): void {
	state.clients[client.clientId] = client;
	fingerprintIndexes.get(original(state.clients))?.set(client.certificate.fingerprint, client.clientId);
}

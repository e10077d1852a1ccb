import { toBase64 } from '#shared/bytes.ts';
import type { CryptoProvider } from '../../signing/crypto-provider.ts';
import type { ProblemDocument } from '../problem-details.ts';
import type { Incoming } from '../request-guards.ts';
import type { KeyValueStore } from '../storage.ts';
import { requirementOf, type CheckId } from './checks.ts';

/** The request and answer that failed a check: what a device maker needs to find the fault. */
export interface Failure {
	at: string;
	check: CheckId;
	method: string;
	path: string;
	status: number;
	/** The problem answered, or `null` when the mock took the request and only noted the fault. */
	problem: ProblemDocument | null;
	/** The headers a check reads; the bearer token is not repeated. */
	headers: Record<string, string>;
	/** `sha-256=:…:` of the body as received, or `null` for none. */
	bodyDigest: string | null;
}

export interface Tally {
	checks: number;
	passed: number;
	failed: number;
	/** The first {@link KEPT_FAILURES} failures. */
	failures: Failure[];
}

/** Per client (`''` before the mock knows which), per requirement ID. */
export interface ConformanceRecords {
	since: string;
	clients: Record<string, Record<string, Tally>>;
}

export interface ConformanceLog {
	/**
	 * Adds the checks noted on a request. `response` (a copy the log may read) is needed only when
	 * a check failed: it is the evidence.
	 */
	record(incoming: Incoming, response: Response | undefined, at: Date): Promise<void>;
	/** The records so far, once every answered request is in. */
	read(): Promise<ConformanceRecords>;
	reset(): Promise<void>;
}

const KEY = 'mock-conformance';
const KEPT_FAILURES = 20;
const EVIDENCE_HEADERS = ['content-type', 'content-digest', 'signature-input', 'signature', 'authorization', 'if-none-match'];

/** The log over `store` (IndexedDB in the worker, so a stopped worker keeps it), or in memory. */
export function createConformanceLog(
	store: KeyValueStore | undefined,
	now: () => number,
	digest: CryptoProvider['digest'],
): ConformanceLog {
	let records: ConformanceRecords | undefined;
	let queue: Promise<unknown> = Promise.resolve();
	const serialize = <T>(task: () => Promise<T>): Promise<T> => {
		const run = queue.then(task, task);
		queue = run.catch((error: unknown) => console.error('The mock could not record a conformance check:', error));
		return run;
	};
	const fresh = (): ConformanceRecords => ({ since: new Date(now()).toISOString(), clients: {} });
	const load = async () => (records ??= (await store?.get<ConformanceRecords>(KEY)) ?? fresh());

	return {
		record: (incoming, response, at) =>
			serialize(async () => {
				const observations = incoming.observations ?? [];
				if (observations.length === 0) return;
				const evidence = response && (await evidenceOf(incoming, response, digest));
				const current = await load();
				const tallies = (current.clients[incoming.clientId ?? ''] ??= {});
				for (const { check, passed } of observations) {
					const tally = (tallies[requirementOf(check)] ??= { checks: 0, passed: 0, failed: 0, failures: [] });
					tally.checks++;
					if (passed) tally.passed++;
					else {
						tally.failed++;
						if (evidence && tally.failures.length < KEPT_FAILURES) tally.failures.push({ at: at.toISOString(), check, ...evidence });
					}
				}
				await store?.set(KEY, current);
			}),
		read: () => serialize(async () => structuredClone(await load())),
		reset: () =>
			serialize(async () => {
				records = fresh();
				await store?.set(KEY, records);
			}),
	};
}

async function evidenceOf(
	{ request, body }: Incoming,
	response: Response,
	digest: CryptoProvider['digest'],
): Promise<Omit<Failure, 'at' | 'check'>> {
	const url = new URL(request.url);
	const headers: Record<string, string> = {};
	for (const name of EVIDENCE_HEADERS) {
		const value = request.headers.get(name);
		if (value !== null) headers[name] = name === 'authorization' ? value.replace(/^(\S+)\s+\S+$/, '$1 <token>') : value;
	}
	const isProblem = response.headers.get('content-type')?.startsWith('application/problem+json') ?? false;
	return {
		method: request.method,
		path: url.pathname + url.search,
		status: response.status,
		problem: isProblem ? ((await response.clone().json()) as ProblemDocument) : null,
		headers,
		bodyDigest: body.length > 0 ? `sha-256=:${toBase64(new Uint8Array(await digest('SHA-256', body)))}:` : null,
	};
}

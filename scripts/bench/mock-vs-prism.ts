/**
 * The Node mock (`npm run mock`) against Prism 5 on the same API document, in one run: both
 * servers run as child processes, autocannon sends the same number of requests of each kind to
 * one then the other (10 connections), and the figure is our requests/s over Prism's. Prism is
 * fetched by `npm exec` for the bench only; it is not a dependency of the site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { utf8 } from '../../src/shared/bytes.ts';
import { signBody } from '../../src/features/mock/signing/device-signing.ts';
import { createSelfSignedCertificate, generateKeyPair, pemToBase64Der } from '../../src/features/mock/signing/x509-certificates.ts';
import { projectRoot } from '../../tests/support/run-astro.ts';
import { median, table } from './stats.ts';

const DOCUMENT = 'openapi/margo-management-api.yaml';
const CONNECTIONS = 10;
const REQUESTS = 3000;
/**
 * Requests of each kind sent to both servers before measuring. Node's JIT takes a few thousand
 * requests to settle on a code path (the first ~3,000 cost about twice as much CPU), and a mock
 * serving a developer runs for far longer: measure both servers in that steady state.
 */
const WARM_UP = 3000;

interface Server {
	name: string;
	/** Where the API's paths start, e.g. `http://127.0.0.1:4011/api/v1`. */
	apiUrl: string;
	child: ChildProcess;
}

interface Kind {
	label: string;
	method: 'GET' | 'PUT' | 'POST';
	path: string;
	headers: Record<string, string>;
	/** One body per request, taken in turn (onboarding needs a new certificate each time). */
	bodies?: string[];
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Starts a command and resolves once its output contains `ready`. */
function startProcess(command: string, args: string[], ready: RegExp): Promise<ChildProcess> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
		let output = '';
		const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output}`)), 120_000);
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			if (!ready.test(output)) return;
			clearTimeout(timer);
			// From here on its output (Prism logs every request) is drained, not kept.
			for (const stream of [child.stdout!, child.stderr!]) {
				stream.off('data', onData);
				stream.resume();
			}
			resolve(child);
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		child.once('exit', (code) => reject(new Error(`${command} exited with ${code}:\n${output}`)));
	});
}

function stop(server: Server): void {
	// The process group: `npm exec` starts Prism as a grandchild.
	if (server.child.pid) process.kill(-server.child.pid, 'SIGTERM');
}

async function startOurs(): Promise<Server> {
	const port = await freePort();
	const child = await startProcess(process.execPath, [join('src', 'features', 'mock', 'node', 'cli.ts'), '--port', String(port)], /API:/);
	return { name: 'ours', apiUrl: `http://127.0.0.1:${port}/api/v1`, child };
}

async function startPrism(): Promise<Server> {
	const port = await freePort();
	const child = await startProcess(
		'npm',
		['exec', '--yes', '--package=@stoplight/prism-cli@5', '--', 'prism', 'mock', '-h', '127.0.0.1', '-p', String(port), DOCUMENT],
		/Prism is listening/,
	);
	// Prism serves the document's paths at its root.
	return { name: 'Prism', apiUrl: `http://127.0.0.1:${port}`, child };
}

/** Onboarding bodies, each with a certificate of its own. */
async function onboardingBodies(count: number): Promise<string[]> {
	const keys = await generateKeyPair();
	const now = new Date(Date.now() - 60_000);
	const bodies: string[] = [];
	for (let i = 0; i < count; i++) {
		const certificate = pemToBase64Der(await createSelfSignedCertificate({ commonName: `bench-device-${i}`, keys, now }));
		bodies.push(JSON.stringify({ apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate }));
	}
	return bodies;
}

const CAPABILITIES = {
	apiVersion: 'margo.org/v1alpha1',
	kind: 'DeviceCapabilities',
	properties: {
		id: '3f6c2a9e-8b1d-4e57-a0c4-9d2e7b5f1a63',
		vendor: 'Example Devices',
		modelNumber: 'EG-4200',
		serialNumber: 'EG4200-25-000142',
		roles: ['Standalone Cluster'],
		resources: { cpus: [{ architecture: 'amd64', cores: 8, frequency: 2.4 }], memory: '64Gi', storage: '512Gi' },
	},
};

/** A device's signed request, as `npm run sign` would make it. */
async function signed(url: string, method: string, body: string, keys: CryptoKeyPair, clientId: string) {
	return (await signBody({ method, url, body: utf8(body), privateKey: keys.privateKey, clientId })).headers;
}

/** Onboards a device on our mock and fetches its token, as a device would. */
async function onboard(apiUrl: string, keys: CryptoKeyPair, certificate: string): Promise<{ clientId: string; token: string }> {
	const onboarding = await fetch(`${apiUrl}/onboarding`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate }),
	});
	if (onboarding.status !== 201) throw new Error(`onboarding answered ${onboarding.status}: ${await onboarding.text()}`);
	const { clientId, clientSecret } = (await onboarding.json()) as { clientId: string; clientSecret: string };
	const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString();
	const response = await fetch(`${apiUrl}/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', ...(await signed(`${apiUrl}/token`, 'POST', form, keys, clientId)) },
		body: form,
	});
	if (response.status !== 200) throw new Error(`token answered ${response.status}: ${await response.text()}`);
	return { clientId, token: ((await response.json()) as { access_token: string }).access_token };
}

/** The request kinds for one server: a device onboarded (ours) or made up (Prism checks no identity). */
async function kinds(server: Server, certificates: string[]): Promise<Kind[]> {
	const keys = await generateKeyPair();
	const certificate = pemToBase64Der(await createSelfSignedCertificate({ commonName: 'bench', keys, now: new Date(Date.now() - 60_000) }));
	const { clientId, token } =
		server.name === 'ours' ? await onboard(server.apiUrl, keys, certificate) : { clientId: crypto.randomUUID(), token: 'bench-token' };
	const path = `/clients/${clientId}/capabilities`;
	const body = JSON.stringify(CAPABILITIES);
	const headers = await signed(server.apiUrl + path, 'PUT', body, keys, clientId);
	return [
		{ label: 'GET root CA (no credentials)', method: 'GET', path: '/onboarding/certificate', headers: {} },
		{
			label: 'GET manifest (bearer token)',
			method: 'GET',
			path: `/clients/${clientId}/deployments`,
			headers: { authorization: `Bearer ${token}` },
		},
		{
			label: 'PUT capabilities (signed, validated)',
			method: 'PUT',
			path,
			headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
			bodies: [body],
		},
		{
			label: 'POST onboarding (new certificate)',
			method: 'POST',
			path: '/onboarding',
			headers: { 'content-type': 'application/json' },
			bodies: certificates,
		},
	];
}

async function load(server: Server, kind: Kind, amount = REQUESTS): Promise<{ rps: number; non2xx: number }> {
	let next = 0;
	const start = performance.now();
	let last = start;
	const result = await autocannon({
		url: server.apiUrl + kind.path,
		connections: CONNECTIONS,
		amount,
		requests: [
			{
				method: kind.method,
				headers: kind.headers,
				setupRequest: (request: autocannon.Request) => {
					if (kind.bodies) request.body = kind.bodies[next++ % kind.bodies.length]!;
					return request;
				},
				onResponse: () => void (last = performance.now()),
			},
		],
	});
	// Until the last response: autocannon notices the end (and its `duration` counts) in whole seconds.
	return { rps: result.requests.total / ((last - start) / 1000), non2xx: result.non2xx };
}

export interface MockComparison {
	kind: string;
	ours: number;
	prism: number;
	ratio: number;
	runs: number[];
	ourNon2xx: number;
	prismNon2xx: number;
}

/** `runs` rounds of every kind, ours then Prism back to back; medians of requests/s and of the ratio. */
export async function compareWithPrism(runs: number): Promise<MockComparison[]> {
	const ours = await startOurs();
	const prism = await startPrism();
	try {
		const samples = new Map<string, { ours: number[]; prism: number[]; ratios: number[]; non2xx: [number, number] }>();
		// Warm-up, not measured: both servers compile their code paths for every kind.
		const warmUp = await onboardingBodies(WARM_UP);
		for (const server of [ours, prism]) {
			for (const kind of await kinds(server, warmUp)) await load(server, kind, WARM_UP);
		}
		for (let run = 0; run < runs; run++) {
			// Every round onboards new certificates: ours refuses one it has seen.
			const certificates = await onboardingBodies(REQUESTS);
			const ourKinds = await kinds(ours, certificates);
			const prismKinds = await kinds(prism, certificates);
			for (const [index, kind] of ourKinds.entries()) {
				const a = await load(ours, kind);
				const b = await load(prism, prismKinds[index]!);
				const entry = samples.get(kind.label) ?? { ours: [], prism: [], ratios: [], non2xx: [0, 0] };
				entry.ours.push(a.rps);
				entry.prism.push(b.rps);
				entry.ratios.push(a.rps / b.rps);
				entry.non2xx[0] += a.non2xx;
				entry.non2xx[1] += b.non2xx;
				samples.set(kind.label, entry);
			}
		}
		return [...samples].map(([kind, entry]) => ({
			kind,
			ours: median(entry.ours),
			prism: median(entry.prism),
			ratio: median(entry.ratios),
			runs: entry.ratios,
			ourNon2xx: entry.non2xx[0],
			prismNon2xx: entry.non2xx[1],
		}));
	} finally {
		stop(ours);
		stop(prism);
	}
}

export function printComparison(rows: readonly MockComparison[]): void {
	console.log(
		table(
			['request', 'ours req/s', 'Prism req/s', 'ratio (median)', 'ratios per run', 'non-2xx ours / Prism'],
			rows.map((row) => [
				row.kind,
				row.ours.toFixed(0),
				row.prism.toFixed(0),
				`${row.ratio.toFixed(2)}×`,
				row.runs.map((r) => r.toFixed(2)).join(', '),
				`${row.ourNon2xx} / ${row.prismNon2xx}`,
			]),
		),
	);
	console.log(`\ntarget: ours ≥ 1.5× Prism on every request (${CONNECTIONS} connections, ${REQUESTS} requests each)`);
}

// `node scripts/bench/mock-vs-prism.ts [runs]` runs this section alone.
if (import.meta.main) printComparison(await compareWithPrism(Number(process.argv[2] ?? 3)));

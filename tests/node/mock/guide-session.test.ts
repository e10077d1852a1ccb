import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, startTestServer } from './support.ts';

// The mock server guide's curl session (content/docs/reference/mock-server.md) is documentation a reader will paste: run it as written, from the
// repository's folder, against a fresh mock, and check it walks the device to `installed`
// without leaving a file in the repository.
let server: Awaited<ReturnType<typeof startTestServer>>;
let scratch = '';
beforeAll(async () => {
	server = await startTestServer({ now: Date.now });
});
afterAll(async () => {
	await server?.close();
	// The folder the session made for itself.
	if (scratch.startsWith(tmpdir())) rmSync(scratch, { recursive: true, force: true });
});

/** The bodies of the README's code blocks marked `mock-session`, in order. */
function sessionBlocks(readme: string): string[] {
	return [...readme.matchAll(/^```\w+ mock-session\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

test("runs the mock server guide's curl session to an installed deployment", async () => {
	const blocks = sessionBlocks(readFileSync(join(root, 'content/docs/reference/mock-server.md'), 'utf8'));
	expect(blocks).toHaveLength(2);
	const script = ['set -euo pipefail', ...blocks].join('\n').replaceAll('http://127.0.0.1:4010', server.url);
	const before = readdirSync(root);
	// Asynchronously: the mock answering curl runs in this very process.
	const run = await runBash(script, root);
	scratch = /^Working in (.+)$/m.exec(run.stdout)?.[1] ?? '';
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
	expect(scratch.startsWith(tmpdir())).toBe(true);
	expect(readdirSync(scratch)).toEqual(expect.arrayContaining(['device.key.pem', 'device.cert.pem', 'signed.txt', 'status.json']));
	expect(readdirSync(root)).toEqual(before);
	const output = run.stdout;
	expect(output).toContain('HTTP/1.1 201 Created');
	expect(output).toContain('HTTP/1.1 304 Not Modified');
	expect(output.match(/HTTP\/1\.1 204 No Content/g)).toHaveLength(3);
	const [, actual, expected] = /^(sha256:[0-9a-f]{64}) should be (sha256:[0-9a-f]{64})$/m.exec(output) ?? [];
	expect(actual).toBe(expected);
	expect(output).toMatch(
		/"state": "installed",\s+"statusHistory": \[\s+\{[^}]+"state": "installing"\s+\},\s+\{[^}]+"state": "installed"\s+\}\s+\]/,
	);
	// The openssl-signed report is the last request of the session.
	expect(output.trimEnd()).toMatch(/HTTP\/1\.1 204 No Content(\r?\n[\w-]+: .*)*$/);
}, 60_000);

function runBash(script: string, cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn('bash', ['-c', script], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

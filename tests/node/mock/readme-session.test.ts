import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root, startTestServer } from './support.ts';

// The README's curl session is documentation a reader will paste: run it as written, against a
// fresh mock, and check it walks the device to `installed`.
let server: Awaited<ReturnType<typeof startTestServer>>;
let cwd = '';
beforeAll(async () => {
	server = await startTestServer({ now: Date.now });
	// Inside the repository, so `npm run sign` finds the project, as it does for a reader.
	mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
	cwd = mkdtempSync(join(root, 'node_modules', '.cache', 'readme-session-'));
});
afterAll(async () => {
	await server?.close();
	if (cwd) rmSync(cwd, { recursive: true, force: true });
});

/** The bodies of the README's code blocks marked `mock-session`, in order. */
function sessionBlocks(readme: string): string[] {
	return [...readme.matchAll(/^```\w+ mock-session\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

test('runs the README curl session to an installed deployment', async () => {
	const blocks = sessionBlocks(readFileSync(join(root, 'README.md'), 'utf8'));
	expect(blocks).toHaveLength(2);
	const script = ['set -euo pipefail', ...blocks].join('\n').replaceAll('http://127.0.0.1:4010', server.url);
	// Asynchronously: the mock answering curl runs in this very process.
	const run = await runBash(script, cwd);
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
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

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root } from './support.ts';

const cli = join(root, 'src/features/mock/node/cli.ts');

// Each test starts a Node process, which takes seconds on a busy machine.
test('writes the conformance report to the --report file when the server is stopped', { timeout: 60_000 }, async () => {
	const dir = mkdtempSync(join(tmpdir(), 'margo-mock-report-'));
	const file = join(dir, 'report.xml');
	const child = spawn(process.execPath, [cli, '--port', '0', '--report', file], { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const api = await new Promise<string>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const found = /API:\s+(\S+)/.exec(output);
			if (found) resolve(found[1]!);
		});
		child.once('exit', (code) => reject(new Error(`the mock exited with ${code}: ${output}`)));
	});
	const refused = await fetch(`${api}/onboarding`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ apiVersion: 'margo.org/v1alpha1', kind: 'OnboardingRequest', certificate: 'SGVsbG8gd29ybGQ=' }),
	});
	expect(refused.status).toBe(400);
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	expect(await exited).toBe(0);
	const xml = readFileSync(file, 'utf8');
	expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="Margo device conformance" tests="\d+" failures="1"/);
	expect(xml).toContain('<failure message="1 of 2 checks failed" type="REQ-ONB-004">');
	// Written through a temporary file and a rename: nothing else is left in the folder.
	expect(readdirSync(dir)).toEqual(['report.xml']);
	expect(output).toContain(`Conformance report written to ${file}.`);
});

test('refuses a --report file that is neither .xml nor .json before starting', { timeout: 60_000 }, () => {
	const result = spawnSync(process.execPath, [cli, '--port', '0', '--report', 'report.txt'], { encoding: 'utf8' });
	expect([result.status, result.stderr.trim()]).toEqual([
		2,
		'--report report.txt: name a .xml file (JUnit XML, for CI) or a .json file (the report as GET /api/mock/conformance gives it).',
	]);
});

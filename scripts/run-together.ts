import { spawn } from 'node:child_process';

/**
 * `node scripts/run-together.ts typecheck lint`: runs the named npm scripts at the same time (each
 * is one process busy on one core; `npm test` runs them before the tests), prints a line for each
 * that passes and everything a failing one printed, and fails if any failed.
 */
const names = process.argv.slice(2);

const runs = names.map(
	(name) =>
		new Promise<{ name: string; code: number; output: string; seconds: number }>((resolve) => {
			const started = Date.now();
			const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
			let output = '';
			child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.on('close', (code) => resolve({ name, code: code ?? 1, output, seconds: Math.round((Date.now() - started) / 1000) }));
		}),
);

let failed = false;
for (const { name, code, output, seconds } of await Promise.all(runs)) {
	if (code === 0) {
		console.log(`${name}: passed (${seconds} s)`);
		continue;
	}
	failed = true;
	console.log(`${name}: failed (exit code ${code}):\n${output}`);
}
process.exitCode = failed ? 1 : 0;

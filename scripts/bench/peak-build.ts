import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../tests/support/run-astro.ts';

/**
 * `astro build` of a site in a child process, timed, with its peak resident memory: the
 * process's high-water mark (`VmHWM` in `/proc/<pid>/status`, Linux), read every 200 ms while it
 * runs. The mark only grows, so the last reading is the peak up to 200 ms before the end.
 */
export function buildWithPeak(
	root: string,
	outDir: string,
): Promise<{ code: number; seconds: number; peakMiB: number | null; output: string }> {
	const started = performance.now();
	const child = spawn(
		process.execPath,
		[join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir],
		{
			cwd: root,
			env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let output = '';
	let peakKiB: number | null = null;
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const timer = setInterval(() => {
		try {
			const kib = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
			if (Number.isFinite(kib)) peakKiB = Math.max(peakKiB ?? 0, kib);
		} catch {
			// The process has ended, or this is not Linux.
		}
	}, 200);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(timer);
			resolve({
				code: code ?? 1,
				seconds: (performance.now() - started) / 1000,
				peakMiB: peakKiB === null ? null : peakKiB / 1024,
				output,
			});
		});
	});
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../support/run-astro.ts';

const script = join(projectRoot, 'src/features/decisions/new-decision-cli.ts');
const run = (root: string, ...args: string[]) =>
	spawnSync(process.execPath, [script, ...args], { env: { ...process.env, MARGO_ROOT: root }, encoding: 'utf8' });

function scratch(): string {
	const root = mkdtempSync(join(tmpdir(), 'margo-new-decision-'));
	mkdirSync(join(root, 'content', 'decisions'), { recursive: true });
	return root;
}

test('scaffolds the next tracker and prints its path', () => {
	const root = scratch();
	writeFileSync(join(root, 'content/decisions/dt-004-old.md'), '---\nid: DT-004\n---\n');
	const result = run(root, 'Retry policy', 'for status reports');
	expect(result.status).toBe(0);
	expect(result.stdout.trim()).toBe('content/decisions/dt-005-retry-policy-for-status-reports.md');
	expect(readFileSync(join(root, result.stdout.trim()), 'utf8')).toContain('id: DT-005\ntitle: "Retry policy for status reports"\n');
});

test('refuses to overwrite an existing file', () => {
	const root = scratch();
	// A file with no readable id leaves DT-001 free, whose file name it already has.
	writeFileSync(join(root, 'content/decisions/dt-001-taken.md'), 'keep me');
	const result = run(root, 'Taken');
	expect(result.status).toBe(1);
	expect(result.stderr).toContain('content/decisions/dt-001-taken.md already exists; nothing written');
	expect(readFileSync(join(root, 'content/decisions/dt-001-taken.md'), 'utf8')).toBe('keep me');
});

test('asks for a title', () => {
	const result = run(scratch());
	expect(result.status).toBe(1);
	expect(result.stderr).toContain('usage: npm run new:decision -- "Title of the decision"');
});

test('is wired as the npm script new:decision', () => {
	const { scripts } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
	expect(scripts['new:decision']).toBe('node src/features/decisions/new-decision-cli.ts');
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../support/run-astro.ts';

const text = readFileSync(join(projectRoot, '.github/workflows/decisions-sync.yml'), 'utf8');

test('is a valid GitHub Actions workflow', () => {
	expect(validateWorkflow(text).errors).toEqual([]);
});

test('runs on a schedule and on demand, with the least permissions, and opens a pull request with the snapshot', () => {
	const workflow = parse(text);
	expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
	expect(workflow.permissions).toEqual({});
	const job = workflow.jobs.sync;
	expect(job.permissions).toEqual({ issues: 'read', contents: 'write', 'pull-requests': 'write' });
	const runs = job.steps.flatMap((step: { run?: string }) => (step.run ? [step.run] : [])).join('\n');
	expect(runs).toContain('npm ci');
	expect(runs).toContain('npm run --silent decisions:sync');
	const sync = job.steps.find((step: { id?: string }) => step.id === 'sync');
	expect(sync.env.GITHUB_TOKEN).toBe('${{ secrets.GITHUB_TOKEN }}');
	const pullRequest = job.steps.find((step: { uses?: string }) => step.uses?.startsWith('peter-evans/create-pull-request@'));
	expect(pullRequest.with['add-paths']).toBe('content/decisions/github');
});

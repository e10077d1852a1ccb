import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../support/run-astro.ts';

interface Step {
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}

const workflow = parse(readFileSync(join(projectRoot, '.github/workflows/pages.yml'), 'utf8')) as {
	jobs: Record<string, { steps: Step[] }>;
};
const steps = workflow.jobs['preview']?.steps ?? [];

test('builds a pull request’s preview compared with its merge base, from a checkout with the whole history', () => {
	const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
	expect(checkout?.with?.['fetch-depth']).toBe(0);
	const compare = steps.find((step) => step.id === 'compare');
	expect(compare?.run).toBe('echo "base=$(git merge-base "origin/$BASE_REF" HEAD)" >> "$GITHUB_OUTPUT"');
	expect(compare?.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
	const build = steps.find((step) => step.run === 'npm run build');
	expect(build?.env?.['MARGO_COMPARE_WITH']).toBe('${{ steps.compare.outputs.base }}');
	expect(steps.indexOf(compare!)).toBeLessThan(steps.indexOf(build!));
});

test('writes the comparison to the job summary without gating the pull request', () => {
	const summary = steps.find((step) => step.run?.startsWith('npm run changes'));
	expect(summary?.run).toBe('npm run changes -- --markdown "$GITHUB_STEP_SUMMARY"');
	expect(summary?.env?.['MARGO_COMPARE_WITH']).toBe('${{ steps.compare.outputs.base }}');
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../support/run-astro.ts';
import { readWorkflows, runSteps, workflowSchemaProblems, type Workflow } from '../support/workflows.ts';

/** The README's commands: install from the lockfile, test, build. Workflows use these and no others. */
const COMMANDS = { install: 'npm ci', test: 'npm test', build: 'npm run build' } as const;

const workflows = readWorkflows(projectRoot);

/**
 * Problems with how workflows install, test and build: each job that tests or builds installs with
 * `npm ci` first, and nothing installs, tests or builds another way than the README says.
 */
function commandProblems(files: readonly Workflow[]): string[] {
	const problems: string[] = [];
	const steps = files.flatMap(runSteps);
	for (const step of steps) {
		const where = `${step.file}:${step.line} (job ${step.job})`;
		for (const line of step.run
			.split('\n')
			.flatMap((command) => command.split(/&&|;/))
			.map((command) => command.trim())) {
			if (/^(npm (install|i|add)|yarn|pnpm)\b/.test(line))
				problems.push(`${where}: installs with \`${line}\`; use \`${COMMANDS.install}\` (the lockfile, as the README says)`);
			if (/\b(astro build|vitest)\b/.test(line))
				problems.push(`${where}: runs \`${line}\`; use \`${COMMANDS.test}\` or \`${COMMANDS.build}\` (the README's commands)`);
			if (
				(line === COMMANDS.test || line === COMMANDS.build) &&
				!steps.some(
					(other) => other.file === step.file && other.job === step.job && other.line < step.line && other.run.includes(COMMANDS.install),
				)
			) {
				problems.push(`${where}: runs \`${line}\` without \`${COMMANDS.install}\` before it in the same job`);
			}
		}
	}
	for (const command of [COMMANDS.test, COMMANDS.build]) {
		if (!steps.some((step) => step.run.split('\n').some((line) => line.trim() === command)))
			problems.push(`no workflow runs \`${command}\``);
	}
	return problems;
}

test('finds the workflow files', () => {
	expect(workflows.map((workflow) => workflow.file)).toContain('.github/workflows/pages.yml');
});

test.each(workflows.map((workflow) => [workflow.file, workflow] as const))('validates %s against the workflow schema', (_, workflow) => {
	expect(workflowSchemaProblems(workflow)).toEqual([]);
});

test("installs, tests and builds with the README's commands", () => {
	const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
	for (const command of Object.values(COMMANDS)) expect(readme).toContain(command);
	expect(commandProblems(workflows)).toEqual([]);
});

test('reports schema errors with file, line, column and the field', () => {
	const broken = `on: push\njobs:\n  site:\n    runs-on: ubuntu-24.04\n    permissions:\n      pages: writ\n    stepz:\n      - run: npm ci\n`;
	expect(workflowSchemaProblems({ file: 'broken.yml', source: broken })).toMatchInlineSnapshot(`
		[
		  "broken.yml:6:14: /jobs/site/permissions/pages: Enum conditions are not met",
		  "broken.yml:7:5: /jobs/site: Property conditions are not met: Additional property 'stepz' is not allowed",
		]
	`);
	expect(workflowSchemaProblems({ file: 'broken.yml', source: 'on: [push\njobs: {' })).toMatchInlineSnapshot(`
		[
		  "broken.yml:2:5: Parse Error: did not find expected ',' or ']' at line 2 column 5, while parsing a flow sequence at line 1 column 5",
		]
	`);
});

test('reports a workflow that installs, tests or builds another way', () => {
	const source = `on: push\njobs:\n  site:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: npm install\n      - run: npx astro build\n  check:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: npm test\n`;
	expect(commandProblems([{ file: 'other.yml', source }])).toMatchInlineSnapshot(`
		[
		  "other.yml:6 (job site): installs with \`npm install\`; use \`npm ci\` (the lockfile, as the README says)",
		  "other.yml:7 (job site): runs \`npx astro build\`; use \`npm test\` or \`npm run build\` (the README's commands)",
		  "other.yml:11 (job check): runs \`npm test\` without \`npm ci\` before it in the same job",
		  "no workflow runs \`npm run build\`",
		]
	`);
});

interface Step {
	uses?: string;
	run?: string;
	id?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Job {
	if?: string;
	permissions?: Record<string, string>;
	steps: Step[];
}
const pages = parse(readFileSync(join(projectRoot, '.github/workflows/pages.yml'), 'utf8')) as {
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	jobs: Record<string, Job>;
};
const jobOf = (run: string, event: 'push' | 'pull_request') =>
	Object.values(pages.jobs).find(
		(job) => job.steps.some((step) => step.run === run) && (event === 'pull_request') === (job.if?.includes("== 'pull_request'") ?? false),
	);
const action = (job: Job | undefined, name: string) => job?.steps.find((step) => step.uses?.startsWith(`${name}@`));

test('deploys pushes to main to GitHub Pages under the base path Pages gives, with the least permissions', () => {
	expect(pages.on).toHaveProperty('push.branches', ['main']);
	expect(pages.permissions).toEqual({ contents: 'read' });
	const build = jobOf('npm run build', 'push');
	expect(action(build, 'actions/checkout')?.with).toMatchObject({ 'fetch-depth': 0 });
	expect(action(build, 'actions/setup-node')?.with).toMatchObject({ 'node-version': 22 });
	const configure = action(build, 'actions/configure-pages');
	expect(build?.steps.find((step) => step.run === 'npm run build')?.env).toMatchObject({
		MARGO_BASE: `\${{ steps.${configure?.id}.outputs.base_path }}`,
		MARGO_COMMIT: '${{ github.sha }}',
		MARGO_BRANCH: '${{ github.ref_name }}',
	});
	expect(action(build, 'actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' });
	const deploy = Object.values(pages.jobs).find((job) => action(job, 'actions/deploy-pages'));
	expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
	expect(build?.permissions).toEqual({ contents: 'read', pages: 'read' });
});

test('tests every pull request and uploads a preview named after it, whose notice names it', () => {
	expect(pages.on).toHaveProperty('pull_request');
	// The browser tests drive Debian's Chromium at /usr/bin/chromium, as the README says.
	const tests = jobOf('npm test', 'pull_request');
	expect(tests?.steps.some((step) => /apt-get install\b.*\schromium(\s|$)/.test(step.run ?? ''))).toBe(true);
	const preview = jobOf('npm run build', 'pull_request');
	expect(preview?.steps.find((step) => step.run === 'npm run build')?.env).toMatchObject({
		MARGO_BASE: '/pr-${{ github.event.pull_request.number }}/',
		MARGO_PULL_REQUEST: '${{ github.event.pull_request.number }}',
		MARGO_COMMIT: '${{ github.event.pull_request.head.sha }}',
	});
	expect(action(preview, 'actions/upload-artifact')?.with).toMatchObject({
		name: 'site-preview-pr-${{ github.event.pull_request.number }}',
	});
});

test("runs a pull request's code with no secret or token in reach", () => {
	const pullRequestJobs = Object.entries(pages.jobs).filter(([, job]) => job.if?.includes("== 'pull_request'"));
	expect(pullRequestJobs.length).toBeGreaterThan(0);
	for (const [name, job] of pullRequestJobs) {
		const checkouts = job.steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
		for (const checkout of checkouts) expect(checkout.with, `job ${name}`).toMatchObject({ 'persist-credentials': false });
		const text = JSON.stringify(job);
		expect(text, `job ${name}`).not.toMatch(/secrets\.|github\.token|GITHUB_TOKEN/);
	}
});

test('builds the Pages site with the enhancements repository checked out beside it as MARGO_PROPOSALS_DIR', () => {
	const pages = parse(readFileSync(join(projectRoot, '.github/workflows/pages.yml'), 'utf8')) as {
		jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] }>;
	};
	const steps = pages.jobs['build']!.steps;
	const checkout = steps.find(
		(s) => s.uses?.startsWith('actions/checkout@') && s.with?.['repository'] === 'margo/specification-enhancements',
	);
	expect(checkout?.with?.['path']).toBe('specification-enhancements');
	expect(steps.find((s) => s.run === 'npm run build')?.env?.['MARGO_PROPOSALS_DIR']).toBe(checkout?.with?.['path']);
});

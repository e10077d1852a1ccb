import type { AstroIntegration } from 'astro';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPROVERS_FILE } from './checks/check-approvers.ts';
import { checkDecisionSources } from './checks/check-decisions.ts';
import type { Problem } from '#shared/problems.ts';
import { reportProblems } from '#shared/node/report.ts';
import { cachedChecks } from '#shared/node/build-cache.ts';
import { injectRoutes } from '#shared/node/routes.ts';
import { readSpecPages } from '#shared/node/docs-pages.ts';
import { DECISION_ROUTES, decisionRoutes } from './route-table.ts';
import { idsInTexts } from './scaffold.ts';
import { readSnapshots } from './github/read-snapshots.ts';
import { parseYamlSource } from '#shared/yaml-source.ts';
import { LOADERS } from '#shared/node/collection-loaders.ts';
import { reloadOnChange } from '#shared/node/dev-reload.ts';
import { showProblemsInDev } from '#shared/node/dev-problems.ts';

const TITLE = 'Decision trackers';

/**
 * Checks the decision register (`content/approvers.yaml`, `content/decisions/*.md`) before the
 * build and stops it with one report of every problem; in `astro dev` the report is logged.
 * Also injects the register's pages (`routes/`, listed in `route-table.ts`). In `astro dev`, a
 * tracker added or changed (or the approvers, or GitHub's snapshot) is loaded again and checked
 * again, its problems shown in the browser until they are fixed.
 */
export function decisionsIntegration(): AstroIntegration {
	let root = '';
	let initial: readonly Problem[] = [];
	return {
		name: 'margo:decisions',
		hooks: {
			'astro:config:setup': async ({ config, command, logger, injectRoute }) => {
				injectRoutes(injectRoute, DECISION_ROUTES);
				root = fileURLToPath(config.root);
				// Reused from the last build while nothing under `content/` and no code has changed: the
				// trackers, the approvers, GitHub's snapshots and the pages whose headings trackers name.
				const cache = { name: 'decision-checks', root, cacheDir: fileURLToPath(config.cacheDir), inputs: ['content/**/*'] };
				const { errors } = await cachedChecks(cache, async () => ({ errors: await checkDecisions(root), warnings: [] }));
				initial = errors;
				reportProblems({ command, logger }, TITLE, errors);
			},
			'astro:server:setup': (setup) => {
				const paths = [join(root, 'content', 'decisions') + sep, join(root, APPROVERS_FILE)];
				const covers = (file: string) => paths.some((path) => file === path || file.startsWith(path));
				reloadOnChange(setup, root, {
					paths,
					loaders: [LOADERS.decisions, LOADERS.organizations, LOADERS.githubSnapshots],
				});
				showProblemsInDev(setup.server, setup.logger, root, { title: TITLE, covers, check: () => checkDecisions(root), initial });
			},
		},
	};
}

/** Every problem of the decision register of the project at `root`. */
export async function checkDecisions(root: string): Promise<Problem[]> {
	const approversPath = join(root, APPROVERS_FILE);
	const trackers = globSync('content/decisions/*.md', { cwd: root })
		.sort()
		.map((file) => ({ file: file.split('\\').join('/'), text: readFileSync(join(root, file), 'utf8') }));
	const approvers = existsSync(approversPath) ? readFileSync(approversPath, 'utf8') : undefined;
	if (approvers === undefined && trackers.length === 0) return [];
	// Only pages named with a `#anchor` need their headings; any `slug#` in a tracker's text is a
	// superset of those, whatever YAML style `affects` is written in.
	const named = new Set(trackers.flatMap(({ text }) => [...text.matchAll(/([a-z0-9][a-z0-9/_-]*)#/g)].map((m) => m[1])));
	const github = readSnapshots(root);
	const pages = await readSpecPages(root, (slug) => named.has(slug));
	return [...github.problems, ...checkDecisionSources({ approvers, trackers, pages, github: github.snapshots })];
}

/**
 * The routes the register generates, read leniently (a broken file is the checks' business):
 * tracker ids from each file's `id:` line, approver ids from the approvers file if it parses.
 */
export function readDecisionRoutes(root: string): string[] {
	const trackers = globSync('content/decisions/*.md', { cwd: root }).map((file) => readFileSync(join(root, file), 'utf8'));
	const approversPath = join(root, APPROVERS_FILE);
	const organizations = existsSync(approversPath) ? parseYamlSource(readFileSync(approversPath, 'utf8')).value : undefined;
	const approverIds = (Array.isArray(organizations) ? organizations : []).flatMap((organization: { approvers?: unknown }) =>
		Array.isArray(organization?.approvers)
			? organization.approvers.flatMap((a: { id?: unknown }) => (typeof a?.id === 'string' ? [a.id] : []))
			: [],
	);
	return decisionRoutes(idsInTexts(trackers), approverIds);
}

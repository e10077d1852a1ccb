import { existsSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import type { ConvertCounts } from './convert/convert-counts.ts';
import { finishPage, preparePage, type PreparedPage } from './convert/convert-page.ts';
import { assetDestination, githubBase, routeOf, type ImportLayout } from './import-layout.ts';
import { importProblem, isError, type ImportProblem } from './import-problems.ts';
import { readManifest } from './manifest.ts';
import { readMkdocsConfig } from './mkdocs-config.ts';
import { planPages, type PlannedSection } from './nav-plan.ts';
import { listProjectFiles, projectFolder, readInProject } from './project-files.ts';
import type { PageRoute } from './convert/references.ts';
import { readUtf8 } from './utf8.ts';
import { assignRequirementIds, REGISTRY_FILE, type RequirementStep } from './requirement-ids.ts';
import { writeImport, type WriteResult } from './write-import.ts';

export interface ImportOptions {
	/** The MkDocs project (the folder holding mkdocs.yml). */
	source: string;
	/** The site: the folder holding `content/docs/`. */
	siteRoot: string;
	/** Folder under `content/docs/` to import into (`''`: its top). */
	into: string;
	onlyNav: boolean;
	force: boolean;
	/** Read for `MARGO_REPOSITORY` and `MARGO_BRANCH` only (the address of the project on GitHub). */
	env: NodeJS.ProcessEnv;
	/** Folder paths in problems are relative to (the folder the command was run from). */
	cwd: string;
	/** Today, for the retirement date of requirement IDs. */
	now?: Date;
}

export interface ImportResult {
	problems: ImportProblem[];
	/** Whether the site was brought in step (no errors). */
	ok: boolean;
	targetDir: string;
	pages: { listed: number; unlisted: number };
	sections: PlannedSection[];
	figures: number;
	files: number;
	counts: ConvertCounts;
	write: WriteResult | undefined;
	/** Requirement IDs given, when the target is under content/docs/specification/. */
	requirements?: RequirementStep;
}

/**
 * Imports an MkDocs project into the site: plans the pages from the nav, converts each in two
 * passes (all anchors are known before links are rewritten), gathers the figures and files they
 * use, and writes everything only if no error was found.
 */
export function importMkdocs(options: ImportOptions): ImportResult {
	const into = targetFolder(options.into);
	const targetDir = posix.join('content/docs', into ?? '');
	const counts: ConvertCounts = new Map();
	const result: ImportResult = {
		problems: [],
		ok: false,
		targetDir,
		pages: { listed: 0, unlisted: 0 },
		sections: [],
		figures: 0,
		files: 0,
		counts,
		write: undefined,
	};
	if (into === undefined) {
		result.problems.push(
			importProblem(
				'mkdocs/bad-option',
				{ file: '--into' },
				`\`${options.into}\` is not a folder under content/docs`,
				'give a folder relative to content/docs, e.g. `--into specification/imported`',
			),
		);
		return result;
	}
	const projectDisplay = relative(options.cwd, options.source) || '.';
	const project = projectFolder(options.source, projectDisplay);
	const { config, problems } = readMkdocsConfig(project);
	result.problems.push(...problems);
	if (!config || problems.some(isError)) return result;

	const docsAbsolute = join(options.source, config.docsDir);
	const docsDisplay = posix.join(projectDisplay, config.docsDir);
	const listing = listProjectFiles(project, config.docsDir);
	result.problems.push(...listing.problems);
	const docsFiles = listing.files;
	const plan = planPages({
		nav: config.nav,
		docsFiles,
		configFile: posix.join(projectDisplay, config.configFile),
		docsDisplay,
		onlyNav: options.onlyNav,
	});
	result.problems.push(...plan.problems);
	result.sections = plan.sections;
	const targets = new Map(plan.pages.map((page) => [page.source, page.target]));
	const layout: ImportLayout = {
		project,
		docsDir: config.docsDir,
		siteRoot: options.siteRoot,
		into,
		targetDir,
		github: githubBase(options.source, options.env),
		targetOf: (source) => targets.get(source) ?? source,
	};

	const used = new Set<string>();
	const prepared: PreparedPage[] = [];
	for (const planned of plan.pages) {
		const display = posix.join(docsDisplay, planned.source);
		const read = readUtf8(join(docsAbsolute, planned.source), display);
		if ('problem' in read) {
			result.problems.push(read.problem);
			continue;
		}
		const snippets = {
			project,
			bases: config.snippetBases,
			pageDir: posix.join(config.docsDir, posix.dirname(planned.source)),
			counts,
			problems: result.problems,
			used,
		};
		prepared.push(preparePage(planned, read.text, display, snippets, counts, result.problems));
	}
	// A page of docs_dir that other pages include as a snippet is not a page of its own, nor one outside the nav.
	const isSnippet = (source: string) => used.has(posix.join(config.docsDir, source));
	const pages = prepared.filter((page) => !(page.planned.hidden && isSnippet(page.planned.source)));
	result.problems = result.problems.filter(
		(problem) => problem.code !== 'mkdocs/unlisted-page' || !isSnippet(posix.relative(docsDisplay, problem.file)),
	);

	const routes = new Map<string, PageRoute>(
		pages.map((page) => [page.planned.source, { route: routeOf(into, page.planned.target), anchors: page.anchors }]),
	);
	const assets = new Map<string, string>();
	const files = new Map<string, Uint8Array>();
	for (const page of pages) {
		const text = finishPage(page, { layout, pages: routes, assets, counts, problems: result.problems }, counts);
		files.set(posix.join(targetDir, page.planned.target), new TextEncoder().encode(text));
	}
	result.pages = {
		listed: pages.filter((page) => !page.planned.hidden).length,
		unlisted: pages.filter((page) => page.planned.hidden).length,
	};
	result.figures = [...assets.keys()].filter((file) => /\.(svg|png|jpe?g|gif|webp)$/i.test(file)).length;
	result.files = assets.size - result.figures;
	if (result.problems.some(isError)) return result;
	for (const [destination, source] of assets) files.set(destination, readInProject(project, source));

	const previous = readManifest(options.siteRoot, targetDir);
	const lastImported = (file: string) =>
		previous?.files[file] && existsSync(join(options.siteRoot, file)) ? readFileSync(join(options.siteRoot, file), 'utf8') : undefined;
	const requirements = assignRequirementIds(options.siteRoot, files, lastImported, (options.now ?? new Date()).toISOString().slice(0, 10));
	result.problems.push(...requirements.problems);
	if (requirements.problems.some(isError)) return result;
	if (Object.keys(requirements.newPrefixes).length || requirements.assigned || requirements.kept) result.requirements = requirements;

	result.write = writeImport({
		siteRoot: options.siteRoot,
		targetDir,
		ownsTarget: into !== '',
		bounds: {
			folders: [
				{ folder: targetDir, within: 'content/docs' },
				{ folder: posix.dirname(assetDestination(layout, 'x', 'public').file), within: 'public' },
			],
			files: [REGISTRY_FILE],
		},
		files: requirements.files,
		previous,
		shared: requirements.registry === undefined ? undefined : new Map([[REGISTRY_FILE, requirements.registry]]),
		manifest: {
			source: relative(options.siteRoot, options.source).split('\\').join('/') || '.',
			title: config.siteName,
			sections: plan.sections,
		},
		force: options.force,
	});
	result.problems.push(...result.write.problems);
	result.ok = !result.problems.some(isError);
	return result;
}

/**
 * `--into` as a folder under content/docs (`''` for its top), or `undefined` when it is absolute
 * or leads out of content/docs (`../x`, `a/../../x`).
 */
function targetFolder(option: string): string | undefined {
	const given = option.split('\\').join('/');
	if (posix.isAbsolute(given)) return undefined;
	const folder = posix.normalize(given).replace(/\/+$/, '');
	if (folder === '..' || folder.startsWith('../')) return undefined;
	return folder === '.' ? '' : folder;
}

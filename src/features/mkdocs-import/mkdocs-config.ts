import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import {
	isMap,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type CollectionTag,
	type Document,
	type Node,
	type ScalarTag,
} from 'yaml';
import { importProblem, type ImportProblem } from './import-problems.ts';
import { outsideProblem, resolveInProject, type ProjectFolder } from './project-files.ts';
import './problem-codes.ts'; // declares the codes reported here, with their default fixes

/** One entry of `nav`: a page, a section holding entries, or a link to another site. */
export type NavEntry =
	| { kind: 'page'; label: string | undefined; path: string; line: number }
	| { kind: 'section'; label: string; children: NavEntry[]; line: number }
	| { kind: 'link'; label: string; url: string; line: number };

export interface MkdocsConfig {
	/** `mkdocs.yml` (or `.yaml`), relative to the project. */
	configFile: string;
	/** `site_name`: the label of the sidebar group an import into its own folder gets. */
	siteName: string | undefined;
	/** `docs_dir`, relative to the project (default `docs`). */
	docsDir: string;
	/** `nav`, or `undefined` when the project lists its pages by folder. */
	nav: NavEntry[] | undefined;
	/** Folders `--8<--` snippets are looked up in, relative to the project (pymdownx.snippets `base_path`). */
	snippetBases: string[];
}

/**
 * `!ENV VAR` and `!ENV [VAR, OTHER, default]` make MkDocs read environment variables. An import
 * never does: the environment it runs in holds secrets (a CI token) that must not end up in a
 * title of the site. Each is read as MkDocs reads it when none of the variables is set (the last
 * item of the list form, else nothing) and reported. Other Python tags (`!!python/name:...`) name
 * functions this import has no use for; the YAML library resolves them to empty values with a
 * warning, ignored here.
 */
const envTags: (ScalarTag | CollectionTag)[] = [
	{ tag: '!ENV', resolve: () => null },
	{
		tag: '!ENV',
		collection: 'seq',
		resolve: (seq) => {
			const items = isSeq(seq) ? seq.items.map((item) => (isScalar(item) ? item.value : null)) : [];
			return items.length > 1 ? (items.at(-1) ?? null) : null;
		},
	} as CollectionTag,
];

/** A warning for each `!ENV` of the file, saying what was taken instead. */
function envProblems(doc: Document, lineCounter: LineCounter, file: string): ImportProblem[] {
	const problems: ImportProblem[] = [];
	const report = (node: Node, value: unknown) => {
		const instead = value === null || value === undefined ? 'as unset (no value)' : `as its default \`${String(value)}\``;
		problems.push(
			importProblem(
				'mkdocs/env-tag',
				{ file, line: lineOf(node, lineCounter) },
				`\`!ENV\` reads an environment variable; the import never reads the environment and takes the value ${instead}`,
				'write the value itself in mkdocs.yml if the import should use it',
			),
		);
	};
	visit(doc, {
		Scalar: (_, node) => (node.tag === '!ENV' ? report(node, node.toJSON()) : undefined),
		Seq: (_, node) => (node.tag === '!ENV' ? report(node, node.toJSON()) : undefined),
	});
	return problems;
}

/** Reads `mkdocs.yml` (or `.yaml`) of the project, and only if it is a file inside the project. */
export function readMkdocsConfig(project: ProjectFolder): { config?: MkdocsConfig; problems: ImportProblem[] } {
	const display = project.display;
	const configFile = ['mkdocs.yml', 'mkdocs.yaml'].find((name) => resolveInProject(project, name).kind !== 'missing');
	if (!configFile) {
		const hint = 'pass the folder that holds mkdocs.yml (the root of the MkDocs project), e.g. `npm run import:mkdocs -- ../specification`';
		return { problems: [importProblem('mkdocs/no-config', { file: join(display, 'mkdocs.yml') }, `no mkdocs.yml in ${display}`, hint)] };
	}
	const resolved = resolveInProject(project, configFile);
	if (resolved.kind === 'outside') return { problems: [outsideProblem(project, configFile, resolved.real)] };
	const file = join(display, configFile);
	const lineCounter = new LineCounter();
	const doc = parseDocument(readFileSync(join(project.dir, configFile), 'utf8'), { lineCounter, customTags: envTags, prettyErrors: false });
	if (doc.errors.length) {
		return {
			problems: doc.errors.map((error) =>
				importProblem(
					'mkdocs/config-syntax',
					{ file, line: lineCounter.linePos(error.pos[0]).line },
					`mkdocs.yml is not valid YAML: ${error.message.split('\n')[0]}`,
					'fix the YAML on that line (MkDocs would refuse it too)',
				),
			),
		};
	}
	const data = (isMap(doc.contents) ? doc.toJS() : {}) as Record<string, unknown>;
	const docsDir = typeof data['docs_dir'] === 'string' ? posix.normalize(data['docs_dir']).replace(/\/+$/, '') : 'docs';
	const problems = envProblems(doc, lineCounter, file);
	const docs = resolveInProject(project, docsDir);
	const docsLine = lineOf(doc.get('docs_dir', true) as Node | undefined, lineCounter);
	if (docs.kind === 'outside' || posix.isAbsolute(docsDir)) {
		problems.push(outsideProblem(project, docsDir, docs.kind === 'outside' ? docs.real : docsDir, { file, line: docsLine }));
	} else if (docs.kind !== 'folder') {
		problems.push(
			importProblem(
				'mkdocs/no-docs-dir',
				{ file, line: docsLine },
				`docs_dir \`${docsDir}\` does not exist in ${display}`,
				'set `docs_dir` in mkdocs.yml to the folder that holds the Markdown pages',
			),
		);
	}
	const navNode = doc.get('nav', true) as Node | undefined;
	const nav = isSeq(navNode) ? readNavEntries(navNode.items as Node[], lineCounter) : undefined;
	return {
		config: {
			configFile,
			siteName: typeof data['site_name'] === 'string' ? data['site_name'] : undefined,
			docsDir,
			nav,
			snippetBases: snippetBases(data['markdown_extensions']),
		},
		problems,
	};
}

function lineOf(node: Node | undefined | null, lineCounter: LineCounter): number | undefined {
	return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
}

function readNavEntries(items: readonly Node[], lineCounter: LineCounter): NavEntry[] {
	const entries: NavEntry[] = [];
	for (const item of items) {
		const line = lineOf(item, lineCounter) ?? 0;
		if (isScalar(item) && typeof item.value === 'string') {
			entries.push({ kind: 'page', label: undefined, path: item.value, line });
			continue;
		}
		if (!isMap(item)) continue;
		for (const pair of item.items) {
			const label = isScalar(pair.key) ? String(pair.key.value) : '';
			const value = pair.value as Node | null;
			const entryLine = lineOf(pair.key as Node, lineCounter) ?? line;
			if (isSeq(value))
				entries.push({ kind: 'section', label, children: readNavEntries(value.items as Node[], lineCounter), line: entryLine });
			else if (isScalar(value) && typeof value.value === 'string') {
				const target = value.value;
				entries.push(
					/^[a-z][a-z0-9+.-]*:/i.test(target)
						? { kind: 'link', label, url: target, line: entryLine }
						: { kind: 'page', label, path: target, line: entryLine },
				);
			}
		}
	}
	return entries;
}

/** `base_path` of pymdownx.snippets (a string or a list); MkDocs runs from the project, so `.` by default. */
function snippetBases(extensions: unknown): string[] {
	const list = Array.isArray(extensions) ? extensions : extensions && typeof extensions === 'object' ? [extensions] : [];
	for (const entry of list) {
		if (!entry || typeof entry !== 'object') continue;
		const options = (entry as Record<string, unknown>)['pymdownx.snippets'];
		if (!options || typeof options !== 'object') continue;
		const base = (options as Record<string, unknown>)['base_path'];
		if (typeof base === 'string') return [base];
		if (Array.isArray(base)) return base.filter((item): item is string => typeof item === 'string');
	}
	return ['.'];
}

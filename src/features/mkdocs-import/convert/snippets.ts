import { posix } from 'node:path';
import { importProblem, type ImportProblem } from '../import-problems.ts';
import { toSourceLines, type SourceLine } from '../source-lines.ts';
import { countConverted, type ConvertCounts } from './convert-counts.ts';
import { readUtf8 } from '../utf8.ts';
import { outsideProblem, resolveInProject, type ProjectFolder } from '../project-files.ts';

export interface SnippetContext {
	/** The MkDocs project: snippets are read only from inside it. */
	project: ProjectFolder;
	/** Folders snippets are looked up in, relative to the project (pymdownx.snippets `base_path`). */
	bases: readonly string[];
	/** Folder of the page, relative to the project, the last place a snippet is looked up. */
	pageDir: string;
	counts: ConvertCounts;
	problems: ImportProblem[];
	/** Snippet files used, relative to the project: pages of docs_dir used as snippets are not imported on their own. */
	used: Set<string>;
}

const SINGLE = /^(\s*)(;?)-{1,}8<-{1,}\s+(["'])(.+?)\3\s*$/;
const BLOCK = /^(\s*)-{1,}8<-{1,}\s*$/;

/**
 * Inlines `--8<-- "file"` snippets (pymdownx.snippets), in the single-line and the block form,
 * nested snippets included. Like MkDocs, this runs before everything else, inside code blocks too
 * (a snippet is the usual way to show a file in a fence). `;--8<--` is the escaped, literal form.
 */
export function inlineSnippets(lines: readonly SourceLine[], context: SnippetContext, depth = 0): SourceLine[] {
	const out: SourceLine[] = [];
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as SourceLine;
		const single = SINGLE.exec(line.text);
		if (single?.[2]) {
			out.push({ ...line, text: line.text.replace(';', '') });
			continue;
		}
		if (single) {
			out.push(...snippet(single[4] ?? '', single[1] ?? '', line, context, depth));
			continue;
		}
		const block = BLOCK.exec(line.text);
		const close = block ? lines.findIndex((other, at) => at > index && BLOCK.test(other.text)) : -1;
		if (!block || close < 0) {
			out.push(line);
			continue;
		}
		for (const entry of lines.slice(index + 1, close)) {
			const name = entry.text.trim();
			if (name && !name.startsWith('#')) out.push(...snippet(name, block[1] ?? '', entry, context, depth));
		}
		index = close;
	}
	return out;
}

function snippet(spec: string, indent: string, at: SourceLine, context: SnippetContext, depth: number): SourceLine[] {
	const range = /^(.*?)(?::(\d*)(?::(\d*))?)?$/.exec(spec);
	const name = range?.[1] ?? spec;
	const candidates = [...context.bases.map((base) => posix.join(base, name)), posix.join(context.pageDir, name)];
	const { project } = context;
	let found: string | undefined;
	let real = '';
	for (const candidate of candidates) {
		const resolved = resolveInProject(project, candidate);
		if (resolved.kind === 'outside') {
			// MkDocs would read it; an imported page may not show a file of the machine it is imported on.
			context.problems.push(outsideProblem(project, candidate, resolved.real, at));
			return [];
		}
		if (resolved.kind === 'file') {
			[found, real] = [candidate, resolved.real];
			break;
		}
	}
	if (!found || depth > 8) {
		const where = candidates.map((candidate) => `\`${candidate}\``).join(' or ');
		context.problems.push(
			importProblem(
				'mkdocs/missing-snippet',
				at,
				depth > 8 ? `snippet \`${name}\` includes itself` : `snippet \`${name}\` not found (looked for ${where} in ${project.display})`,
				'correct the snippet path, or set `base_path` of pymdownx.snippets in mkdocs.yml to the folder that holds it',
			),
		);
		return [];
	}
	const display = posix.join(project.display, found);
	const read = readUtf8(real, display);
	if ('problem' in read) {
		context.problems.push(read.problem);
		return [];
	}
	context.used.add(found);
	countConverted(context.counts, 'snippet');
	let lines = toSourceLines(read.text, display);
	const start = Number(range?.[2] || 1);
	const end = range?.[3] ? Number(range[3]) : lines.length;
	lines = lines.slice(Math.max(0, start - 1), end).map((line) => ({ ...line, text: line.text ? indent + line.text : '' }));
	return inlineSnippets(lines, { ...context, pageDir: posix.dirname(found) }, depth + 1);
}

import { importProblem, type ImportProblem } from '../import-problems.ts';
import { codeFenceMask, derivedLine, indentOf, type SourceLine } from '../source-lines.ts';
import { countConverted, type ConvertCounts } from './convert-counts.ts';

const MKDOCSTRINGS = /^:::\s+([\w.:-]+)\s*$/;
const JINJA_BLOCK = /^\s*\{%.*%\}\s*$/;
const JINJA_INLINE = /\{\{.*?\}\}|\{%.*?%\}/g;

/**
 * Keeps what only MkDocs plugins can render visible, instead of letting it vanish or break the
 * page: a mkdocstrings block (`::: package.module`, which Starlight would read as an aside) and a
 * Jinja statement line (`{% ... %}`) become a caution aside quoting them; a Jinja expression in
 * running text (`{{ ... }}`) is shown as code. Each is reported, so a person can replace it.
 */
export function markUnconvertible(lines: readonly SourceLine[], counts: ConvertCounts, problems: ImportProblem[]): SourceLine[] {
	const inCode = codeFenceMask(lines);
	const out: SourceLine[] = [];
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as SourceLine;
		if (inCode[index]) {
			out.push(line);
			continue;
		}
		const module = MKDOCSTRINGS.exec(line.text);
		if (module || JINJA_BLOCK.test(line.text)) {
			let end = index + 1;
			// mkdocstrings options are indented under the identifier.
			if (module)
				while (
					end < lines.length &&
					(lines[end]?.text.trim() === '' ? indentOf(lines[end + 1]?.text ?? '') >= 4 : indentOf(lines[end]?.text ?? '') >= 4)
				)
					end += 1;
			const what = module ? `mkdocstrings block \`::: ${module[1]}\`` : `MkDocs macro \`${line.text.trim()}\``;
			const does = module ? 'generated API documentation from Python code' : 'ran a Jinja statement (mkdocs-macros)';
			out.push(
				derivedLine(':::caution[Not imported from MkDocs]', line),
				derivedLine(`The MkDocs page ${does} here: ${what}. This site does not run it; replace this note with the text it produced.`, line),
				derivedLine(':::', line),
			);
			report(problems, line, what);
			countConverted(counts, 'unconvertible (left as a note)');
			index = end - 1;
			continue;
		}
		const inline = [...line.text.matchAll(JINJA_INLINE)].filter(
			(match) => (line.text.slice(0, match.index).split('`').length - 1) % 2 === 0,
		);
		if (inline.length === 0) {
			out.push(line);
			continue;
		}
		let text = line.text;
		for (const match of inline.reverse()) text = `${text.slice(0, match.index)}\`${match[0]}\`${text.slice(match.index + match[0].length)}`;
		out.push({ ...line, text });
		for (const match of inline) {
			report(problems, line, `MkDocs macro \`${match[0]}\``);
			countConverted(counts, 'unconvertible (left as a note)');
		}
	}
	return out;
}

function report(problems: ImportProblem[], line: SourceLine, what: string): void {
	problems.push(
		importProblem(
			'mkdocs/unconverted',
			line,
			`${what} cannot be converted; it is left in the page as a visible note`,
			'replace it with the text MkDocs rendered for it, then re-run the import',
		),
	);
}

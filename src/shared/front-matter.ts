import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface FrontMatter {
	/** The YAML between the `---` fences, with positions in the whole file. */
	source: YamlSource;
	/** 1-based line of the first body line after the closing fence. */
	bodyLine: number;
	body: string;
}

/**
 * Front matter already parsed, by file text. The front matter check, the sidebar, the requirement,
 * decision and API example checks all read the same pages before a build: each text is parsed
 * once per process, and in `astro dev` only a page whose text changed is parsed again. Callers
 * share the result, so they must not change it.
 */
const parsed = new Map<string, FrontMatter | null>();
/** Beyond this many texts (a long `astro dev` session), the oldest are dropped. */
const KEPT = 20_000;

/**
 * Splits a Markdown file into its front matter and body. Returns `null` when the file has no
 * front matter block. Lines in the returned source count from the top of the file.
 */
export function splitFrontMatter(text: string): FrontMatter | null {
	const known = parsed.get(text);
	if (known !== undefined) return known;
	const result = split(text);
	if (parsed.size >= KEPT) parsed.delete(parsed.keys().next().value!);
	parsed.set(text, result);
	return result;
}

function split(text: string): FrontMatter | null {
	const match = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m.exec(text);
	if (!match || match.index !== 0) return null;
	const yaml = match[1] ?? '';
	const bodyLine = match[0].split('\n').length;
	return { source: parseYamlSource(yaml, 1), bodyLine, body: text.slice(match[0].length) };
}

import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface FrontMatter {
	/** The YAML between the `---` fences, with positions in the whole file. */
	source: YamlSource;
	/** 1-based line of the first body line after the closing fence. */
	bodyLine: number;
	body: string;
}

/**
 * Splits a Markdown file into its front matter and body. Returns `null` when the file has no
 * front matter block. Lines in the returned source count from the top of the file.
 */
export function splitFrontMatter(text: string): FrontMatter | null {
	const match = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m.exec(text);
	if (!match || match.index !== 0) return null;
	const yaml = match[1] ?? '';
	const bodyLine = match[0].split('\n').length;
	return { source: parseYamlSource(yaml, 1), bodyLine, body: text.slice(match[0].length) };
}

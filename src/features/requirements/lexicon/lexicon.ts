import { markdownToMdast } from 'satteri';
import GithubSlugger from 'github-slugger';
import { splitSentences, sentenceText } from '../normative-text.ts';
import type { Problem } from '#shared/problems.ts';

/** A term of the technical lexicon: one `### Term` heading and the text under it. */
export interface LexiconTerm {
	/** The heading as written, e.g. `Workload fleet manager (WFM)`. */
	heading: string;
	/** What matches in prose: the name and an abbreviation in brackets, e.g. `WFM`. */
	names: string[];
	/** Id of the heading on the lexicon page. */
	anchor: string;
	/** First sentence of the definition, for a tooltip. */
	summary: string;
	line: number;
}

interface MdNode {
	type: string;
	value?: string;
	depth?: number;
	children?: MdNode[];
	position?: { start: { line: number; column: number } };
}

/**
 * Reads the lexicon page. Two headings that define the same name (ignoring case) are a problem:
 * a link could not say which one is meant.
 */
export function parseLexicon(file: string, source: string): { terms: LexiconTerm[]; problems: Problem[] } {
	const tree = markdownToMdast(source, { position: true }) as unknown as MdNode;
	const slugger = new GithubSlugger();
	const terms: LexiconTerm[] = [];
	let current: LexiconTerm | undefined;
	for (const node of tree.children ?? []) {
		if (node.type === 'heading') {
			const heading = plainText(node).trim();
			const anchor = slugger.slug(heading);
			current = undefined;
			if (node.depth !== 3) continue;
			const alias = /^(.*?)\s*\(([^)]+)\)$/.exec(heading);
			const names = alias ? [alias[1] ?? '', alias[2] ?? ''] : [heading];
			current = { heading, names, anchor, summary: '', line: node.position?.start.line ?? 1 };
			terms.push(current);
		} else if (current && !current.summary && node.type === 'paragraph') {
			const [first] = splitSentences([{ kind: 'text', value: plainText(node) }]).sentences;
			current.summary = first ? sentenceText(first) : '';
		}
	}

	const problems: Problem[] = [];
	const seen = new Map<string, LexiconTerm>();
	for (const term of terms) {
		for (const name of term.names) {
			const key = name.toLowerCase();
			const first = seen.get(key);
			if (first && first !== term) {
				problems.push({
					code: 'lexicon/duplicate-term',
					file,
					line: term.line,
					column: 1,
					message: `the term "${name}" is already defined at line ${first.line} (### ${first.heading})`,
					hint: 'merge the two definitions into one `### Term` section, or rename one of them',
				});
			} else seen.set(key, term);
		}
	}
	return { terms, problems };
}

function plainText(node: MdNode): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
	return (node.children ?? []).map(plainText).join('');
}

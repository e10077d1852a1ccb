/**
 * The template's sections in a SUP (`sup-template.md` of the enhancements repository) and how far
 * each is written. The template's instructions are blockquotes under each heading, so a section
 * holding nothing but blockquotes (and comments) still holds only the template's text.
 */
export const TEMPLATE_SECTIONS = [
	'Owner',
	'Summary',
	'Reason for proposal',
	'Requirements alignment acknowledgement',
	'Technical proposal',
	'Alternatives considered',
	'Rejection reason',
] as const;

export type SectionName = (typeof TEMPLATE_SECTIONS)[number];
export type SectionState = 'written' | 'template' | 'missing';

export interface Section {
	heading: string;
	/** 1-based line of the heading. */
	line: number;
	/** The text under the heading, up to the next heading of the same or a higher level. */
	body: string;
}

export interface ParsedDocument {
	/** The first `# ` heading, and its line. */
	h1: { text: string; line: number } | undefined;
	sections: Section[];
}

const key = (heading: string) =>
	heading
		.replace(/\(optional\)/i, '')
		.replace(/[^a-z ]/gi, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();

/** Splits a SUP into its H1 and its `##` sections, skipping fenced code. */
export function parseDocument(text: string): ParsedDocument {
	const lines = text.split(/\r?\n/);
	let h1: ParsedDocument['h1'];
	const sections: Section[] = [];
	let current: { heading: string; line: number; body: string[] } | undefined;
	let fence: string | undefined;
	lines.forEach((line, index) => {
		const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (opener && (!fence || opener.startsWith(fence))) fence = fence ? undefined : opener.slice(0, 3);
		const heading = fence || opener ? undefined : /^(#{1,2})\s+(.*?)\s*#*\s*$/.exec(line);
		if (heading && heading[1] === '#' && !h1) h1 = { text: heading[2]!, line: index + 1 };
		if (heading) {
			if (current) sections.push({ heading: current.heading, line: current.line, body: current.body.join('\n') });
			current = heading[1] === '##' ? { heading: heading[2]!, line: index + 1, body: [] } : undefined;
			return;
		}
		current?.body.push(line);
	});
	if (current) sections.push({ heading: current.heading, line: current.line, body: current.body.join('\n') });
	return { h1, sections };
}

/** The section of the template named `name`, matched without case, punctuation or "(optional)". */
export function findSection(document: ParsedDocument, name: SectionName): Section | undefined {
	return document.sections.find((section) => key(section.heading) === key(name));
}

/** A section's text without the template's blockquotes and HTML comments. */
export function writtenText(body: string): string {
	return body
		.replace(/<!--[\s\S]*?-->/g, '')
		.split('\n')
		.filter((line) => !/^\s{0,3}>/.test(line))
		.join('\n')
		.trim();
}

/** Each template section: written, still the template's instructions, or missing. */
export function sectionStates(document: ParsedDocument): Record<SectionName, SectionState> {
	return Object.fromEntries(
		TEMPLATE_SECTIONS.map((name) => {
			const section = findSection(document, name);
			return [name, !section ? 'missing' : writtenText(section.body) ? 'written' : 'template'];
		}),
	) as Record<SectionName, SectionState>;
}

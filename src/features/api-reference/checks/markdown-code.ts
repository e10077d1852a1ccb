/**
 * Finds the code in a Markdown file, with lines: fenced blocks (language, meta and body) and
 * inline code spans outside them. A small scanner rather than a Markdown parser, because the
 * checks need exact source lines and read files before Astro renders them.
 */

export interface FencedBlock {
	/** Language of the fence, lower case (`json`, `yaml`, `http`), or empty. */
	lang: string;
	/** `key=value` pairs and bare flags of the info string after the language. */
	meta: Record<string, string>;
	body: string;
	/** 1-based line of the opening fence; the body starts on the next line. */
	line: number;
	column: number;
}

export interface InlineCode {
	text: string;
	line: number;
	column: number;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

export function scanCode(text: string, firstLine = 1): { blocks: FencedBlock[]; inline: InlineCode[] } {
	const lines = text.split(/\r?\n/);
	const blocks: FencedBlock[] = [];
	const inline: InlineCode[] = [];
	let open: { marker: string; indent: number; info: string; line: number; column: number; body: string[] } | undefined;
	lines.forEach((line, index) => {
		const number = index + firstLine;
		const fence = FENCE.exec(line);
		if (open) {
			if (fence && fence[2]!.startsWith(open.marker[0]!) && fence[2]!.length >= open.marker.length && !fence[3]!.trim()) {
				blocks.push({ ...parseInfo(open.info), body: open.body.join('\n'), line: open.line, column: open.column });
				open = undefined;
			} else {
				open.body.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
			}
			return;
		}
		if (fence && !(fence[2]!.startsWith('`') && fence[3]!.includes('`'))) {
			open = { marker: fence[2]!, indent: fence[1]!.length, info: fence[3]!.trim(), line: number, column: fence[1]!.length + 1, body: [] };
			return;
		}
		for (const match of line.matchAll(/(`+)(?!`)(.+?)(?<!`)\1(?!`)/g)) {
			inline.push({ text: match[2]!.trim(), line: number, column: (match.index ?? 0) + 1 });
		}
	});
	return { blocks, inline };
}

/** `json schema=DeviceCapabilities title="x"` → lang `json`, meta `{ schema: 'DeviceCapabilities', title: 'x' }`. */
function parseInfo(info: string): Pick<FencedBlock, 'lang' | 'meta'> {
	const [lang = '', ...rest] = info.split(/\s+/);
	const meta: Record<string, string> = {};
	for (const match of rest.join(' ').matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|\S+))?/g)) {
		meta[match[1]!] = (match[2] ?? '').replace(/^["']|["']$/g, '');
	}
	return { lang: lang.toLowerCase(), meta };
}

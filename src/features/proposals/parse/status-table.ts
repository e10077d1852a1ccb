/**
 * The status table the enhancements repository keeps by hand in its README, with the columns
 * Owner, Description, Stage and Link (a link to the document or to its pull request).
 */
export interface StatusRow {
	/** 1-based line in the README. */
	line: number;
	owner: string;
	description: string;
	/** `P1`, `P2`, `P3`, or the stage as written when it is none of them. */
	stage: string;
	/** The link's target as written. */
	link: string | undefined;
	/** The pull request number when the link is one. */
	pr: number | undefined;
}

const cellsOf = (line: string) =>
	line
		.trim()
		.replace(/^\||\|$/g, '')
		.split('|')
		.map((c) => c.trim());

/** The rows of the first table whose header has Owner, Description, Stage and Link. */
export function parseStatusTable(readme: string): StatusRow[] {
	const lines = readme.split(/\r?\n/);
	const header = lines.findIndex((line) => {
		const cells = cellsOf(line).map((c) => c.toLowerCase());
		return line.includes('|') && ['owner', 'description', 'stage', 'link'].every((name) => cells.includes(name));
	});
	if (header < 0) return [];
	const columns = cellsOf(lines[header]!).map((c) => c.toLowerCase());
	const at = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
	const rows: StatusRow[] = [];
	for (let i = header + 2; i < lines.length && lines[i]!.includes('|'); i++) {
		const cells = cellsOf(lines[i]!);
		const linkCell = at(cells, 'link');
		const link = /\]\(\s*<?([^)\s>]+)>?[^)]*\)/.exec(linkCell)?.[1] ?? (/^\S+$/.test(linkCell) ? linkCell : undefined);
		const pr = link ? /\/pull\/(\d+)/.exec(link)?.[1] : undefined;
		const stage = at(cells, 'stage').replace(/[*_`]/g, '').trim();
		rows.push({
			line: i + 1,
			owner: at(cells, 'owner'),
			description: at(cells, 'description'),
			stage: /^p[123]\b/i.test(stage) ? stage.slice(0, 2).toUpperCase() : stage,
			link,
			pr: pr ? Number(pr) : undefined,
		});
	}
	return rows;
}

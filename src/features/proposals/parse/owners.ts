import { writtenText } from './sections.ts';

/** An owner of a SUP: a name, a GitHub handle, or both. E-mail addresses are never kept. */
export interface Owner {
	name?: string;
	github?: string;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const HANDLE = /(?<![\w.+-])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\b/;

function ownerOf(piece: string): Owner | undefined {
	const withoutMail = piece.replace(/mailto:\S+/gi, '').replace(EMAIL, '');
	const handle = HANDLE.exec(withoutMail)?.[1];
	const name = withoutMail
		.replace(HANDLE, '')
		// Link targets (`[@handle](https://github.com/handle)`) and empty brackets left behind.
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[[\]()<>*_`|]/g, ' ')
		.replace(/\s+[-–:,]\s*$|^\s*[-–:,]\s+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[-–:,]+|[-–:,]+$/g, '')
		.trim();
	const owner: Owner = {};
	if (name && /\p{L}/u.test(name)) owner.name = name;
	if (handle) owner.github = handle;
	return owner.name || owner.github ? owner : undefined;
}

const isHeaderRow = (cells: string[]) => cells.some((c) => /^(name|owner)s?$/i.test(c)) && cells.some((c) => /e-?mail|org/i.test(c));

/**
 * The owners written in a SUP's `## Owner` section, in any of the forms SUPs use: `@handle`,
 * `[@handle]`, `[@handle](profile)`, plain names, `Name <mail>` / `Name (mail)`, lists, or a table
 * of name, e-mail and organization (the name column kept, the organization dropped).
 */
export function parseOwners(body: string): Owner[] {
	const owners: Owner[] = [];
	for (const raw of writtenText(body).split('\n')) {
		const line = raw.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, '');
		if (!line || /^\|?[\s:|-]+\|?$/.test(line)) continue;
		if (line.startsWith('|')) {
			const cells = line
				.replace(/^\||\|$/g, '')
				.split('|')
				.map((c) => c.trim());
			if (isHeaderRow(cells)) continue;
			const handleCell = cells.find((c) => HANDLE.test(c.replace(EMAIL, '')));
			const owner = ownerOf(cells[0] ?? '');
			const github = handleCell ? HANDLE.exec(handleCell.replace(EMAIL, ''))?.[1] : undefined;
			if (owner || github) owners.push({ ...owner, ...(github ? { github } : {}) });
			continue;
		}
		for (const piece of line.split(/,|;|\band\b|&/)) {
			const owner = ownerOf(piece);
			if (owner) owners.push(owner);
		}
	}
	return owners;
}

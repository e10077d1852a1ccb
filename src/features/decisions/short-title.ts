/**
 * A title cut to at most `max` characters at a word boundary, with an ellipsis: for `<title>`,
 * where search results and browser tabs cut long titles anyway (the page heading keeps the whole).
 */
export function shortTitle(text: string, max = 70): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	// Cut where a word ends: at the limit if a space follows it, else at the last space before.
	const end = text[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
	return `${(end > max / 2 ? cut.slice(0, end) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

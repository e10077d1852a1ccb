import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

const text = (node: ElementContent): string =>
	node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(text).join('') : '';
const elements = (node: Element, tagName: string) =>
	node.children.filter((child): child is Element => child.type === 'element' && child.tagName === tagName);

/**
 * Gives each table of the pages what `#shared/stacked-table.css` needs to show it as one card per
 * row on a narrow screen: a wrapping box, and on every cell the name of its column (`data-label`,
 * from the header row). A phone then shows every column without sideways scrolling.
 */
export function stackedTablesPlugin(): HastPluginDefinition {
	return {
		name: 'margo:stacked-tables',
		// Sätteri finds the tables: only they are read into JavaScript, not the rest of each page.
		element: {
			filter: ['table'],
			visit(node: Readonly<Element>, ctx: HastVisitorContext) {
				// A table inside another (raw HTML) goes with the outer one, which is relabelled whole.
				if (!insideTable(node, ctx)) ctx.replaceNode(node, stack(node));
			},
		},
	};
}

function insideTable(node: Readonly<Element>, ctx: HastVisitorContext): boolean {
	for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent))
		if (parent.tagName === 'table') return true;
	return false;
}

function stack(table: Readonly<Element>): Element {
	const head = elements(table as Element, 'thead')[0];
	const labels = (head ? elements(head, 'tr')[0] : undefined)?.children.flatMap((cell) =>
		cell.type === 'element' ? [text(cell).trim()] : [],
	);
	const label = (row: Element): Element => {
		let column = 0;
		return {
			...row,
			children: row.children.map((cell) => {
				if (cell.type !== 'element' || cell.tagName !== 'td') return cell;
				const name = labels?.[column++];
				// The first column names the row; it needs no label of its own.
				return column > 1 && name ? { ...cell, properties: { ...cell.properties, dataLabel: name } } : cell;
			}),
		};
	};
	const labelled: Element = {
		...table,
		properties: { ...table.properties, className: ['stacked-table'] },
		children: table.children.map((part) =>
			part.type === 'element' && part.tagName === 'tbody'
				? { ...part, children: part.children.map((row) => (row.type === 'element' && row.tagName === 'tr' ? label(row) : row)) }
				: part,
		),
	};
	return { type: 'element', tagName: 'div', properties: { className: ['stacked-table-box'] }, children: [labelled] };
}

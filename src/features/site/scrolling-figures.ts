import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/** The SVG figure a paragraph holds alone (`![alt](diagram.svg)` on its own lines), if any. */
function soleFigure(node: Readonly<Element>): Element | undefined {
	if (node.tagName !== 'p') return undefined;
	const content = node.children.filter((child) => !isBlank(child));
	const [only] = content;
	if (content.length !== 1 || only?.type !== 'element' || only.tagName !== 'img') return undefined;
	return /\.svg(?:[?#]|$)/i.test(String(only.properties['src'] ?? '')) ? only : undefined;
}

/**
 * A diagram standing alone in its paragraph goes in a box of its own, which `site.css` lets
 * scroll sideways on a narrow screen while the diagram keeps its real size: a sequence diagram
 * 900 pixels wide scaled down to a phone's column has labels of 5 pixels. The box is a keyboard
 * stop, so it scrolls with the arrow keys too, and is named after the diagram (the first part
 * of its text alternative, up to a colon) for the screen reader that lands on it.
 */
export function scrollingFiguresPlugin(): HastPluginDefinition {
	return {
		name: 'margo:scrolling-figures',
		// Sätteri finds the images: only they and their paragraphs are read into JavaScript.
		element: {
			filter: ['img'],
			visit(node: Readonly<Element>, ctx: HastVisitorContext) {
				const paragraph = ctx.parent(node);
				// Visited once per such paragraph: a paragraph holding one figure holds no other image.
				const figure = paragraph.type === 'element' ? soleFigure(paragraph) : undefined;
				if (figure) ctx.replaceNode(paragraph, box(figure));
			},
		},
	};
}

function box(figure: Element): Element {
	const alt = String(figure.properties['alt'] ?? '').trim();
	const name = alt.split(':', 1)[0]?.trim() || 'Diagram';
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['margo-figure'], role: 'group', tabIndex: 0, ariaLabel: name },
		children: [figure],
	};
}

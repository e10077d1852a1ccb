import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderStatements, STATEMENT_BLOCKS } from './markup.ts';
import { createTermLinker, type TermLinker } from './lexicon/lexicon-links.ts';
import type { LexiconTerm } from './lexicon/lexicon.ts';

/** Elements that are neither statements nor hold any: left as they are. */
const LEAVE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'code', 'script', 'style', 'svg', 'img', 'picture', 'hr']);

export interface RequirementsMarkdownOptions {
	root: string;
	/** Site base, ending in `/`. */
	base: string;
	/** Which pages to render, by path from the root. */
	isSpecPage(file: string): boolean;
	terms: readonly LexiconTerm[];
	/** Changes when anything the rendering depends on outside the page changes (the lexicon). */
	inputs: string;
}

/**
 * The Sätteri HTML-tree plugin for specification pages: renders requirement markers as anchors
 * with a copyable ID, highlights key words, and links lexicon terms on first use. Runs at build
 * time; the page gets one small inline script that only adds copy buttons and lets Escape close
 * a term's tooltip.
 */
export function requirementsMarkdownPlugin(options: RequirementsMarkdownOptions): HastPluginDefinition & { inputs: string } {
	return {
		name: 'margo:requirements',
		// Astro hashes its config, plugin data included, to decide whether cached pages are stale: the
		// page script is part of every rendered page, so a change to it must make them stale too.
		inputs: `${options.inputs}:${createHash('sha256').update(PAGE_SCRIPT).digest('hex').slice(0, 16)}`,
		before(root: Readonly<Root>, ctx: HastVisitorContext) {
			const file = ctx.fileURL ? relative(options.root, fileURLToPath(ctx.fileURL)).replaceAll('\\', '/') : undefined;
			if (!file) return;
			const linker = createTermLinker(options.terms, (anchor) => `${options.base}concepts/lexicon/#${anchor}`);
			if (!options.isSpecPage(file)) {
				// Other pages link terms only by hand: the element visitor gives those links their tooltip.
				otherPages.set(ctx.data, { linker, tipped: false });
				return;
			}
			for (const child of root.children) if (child.type === 'element') linker.noteExistingLinks(child);

			const visit = (node: Readonly<Element>) => {
				if (STATEMENT_BLOCKS.has(node.tagName)) ctx.replaceNode(node, linker.link(renderStatements(node)));
				else if (!LEAVE.has(node.tagName)) for (const child of node.children) if (child.type === 'element') visit(child);
			};
			for (const child of root.children) if (child.type === 'element') visit(child);
			ctx.appendChild(root, pageScript());
		},
		// Sätteri finds the links: on pages outside the specification only they are read into JavaScript.
		element: {
			filter: ['a'],
			visit(node: Readonly<Element>, ctx: HastVisitorContext) {
				const page = otherPages.get(ctx.data);
				if (!page || insideSkipped(node, ctx, page.linker)) return;
				const tipped = page.linker.tipLink(node as Element);
				if (!tipped) return;
				ctx.replaceNode(node, tipped);
				page.tipped = true;
			},
		},
		after(root: Readonly<Root>, ctx: HastVisitorContext) {
			if (otherPages.get(ctx.data)?.tipped) ctx.appendChild(root, pageScript());
		},
	};
}

/** A page outside the specification, by its document's data bag: its linker, and whether it gave a link a tooltip. */
const otherPages = new WeakMap<object, { linker: TermLinker; tipped: boolean }>();

/** Links in headings or code stay as they are, as do links inside a link that already has its tooltip. */
function insideSkipped(node: Readonly<Element>, ctx: HastVisitorContext, linker: TermLinker): boolean {
	for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
		if (parent.tagName === 'a' ? linker.isTermLink(parent) : linker.skips(parent.tagName)) return true;
	}
	return false;
}

const pageScript = (): Element => ({
	type: 'element',
	tagName: 'script',
	properties: {},
	children: [{ type: 'text', value: PAGE_SCRIPT }],
});

// Progressive enhancement only: without it, IDs are still permalinks and tooltips still show on
// hover and focus. Kept tiny and inline so no page loads a library for it.
const PAGE_SCRIPT = `(() => {
const copyIcon = '<svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2"><path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1"/><path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"/></svg>';
for (const link of document.querySelectorAll('.requirement-id')) {
	const id = link.textContent;
	const label = 'Copy link to ' + id;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'requirement-copy';
	button.innerHTML = copyIcon;
	button.title = label;
	button.setAttribute('aria-label', label);
	button.addEventListener('click', () => navigator.clipboard.writeText(new URL('#' + id, location.href).href).then(
		() => { button.dataset.copied = ''; button.title = 'Link copied'; setTimeout(() => { delete button.dataset.copied; button.title = label; }, 2000); },
		() => { button.title = 'Copy failed'; }));
	// The ID and its button stay together on one line.
	const ref = document.createElement('span');
	ref.className = 'requirement-ref';
	link.replaceWith(ref);
	ref.append(link, button);
}
document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	for (const term of document.querySelectorAll('.lexicon-term:hover, .lexicon-term:focus-within')) term.classList.add('is-dismissed');
});
document.addEventListener('mouseleave', (event) => {
	if (event.target.classList?.contains('lexicon-term')) event.target.classList.remove('is-dismissed');
}, true);
document.addEventListener('focusout', (event) => event.target.closest?.('.lexicon-term')?.classList.remove('is-dismissed'));
})();`;

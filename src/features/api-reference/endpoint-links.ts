import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { createHash } from 'node:crypto';
import { loadableDocuments } from './reference-links.ts';
import { planReference } from './render/reference-pages.ts';

/** Inline code naming an endpoint, as the endpoint check reads it (`checks/endpoint-check.ts`). */
const ENDPOINT = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) (\/\S*)$/;

/**
 * Where each endpoint of the API documents is described: `POST /onboarding` → the URL of its
 * operation in the reference (site base included). The first document to define an endpoint wins.
 */
export function endpointTargets(root: string, base: string): Map<string, string> {
	const targets = new Map<string, string>();
	for (const api of loadableDocuments(root)) {
		const plan = planReference(api);
		// The plan's own operations: it knows the page of each.
		for (const op of plan.groups.flatMap((group) => group.operations)) {
			const key = `${op.method.toUpperCase()} ${op.path}`;
			if (!targets.has(key)) targets.set(key, `${base}reference/${plan.operationHref(op)}`);
		}
	}
	return targets;
}

/**
 * The Sätteri HTML-tree plugin that links each endpoint named in a page's prose
 * (`` `POST /onboarding` ``) to its operation in the reference. Code already in a link or in a
 * code block stays as it is; an endpoint no document defines is left for the endpoint check,
 * which stops the build.
 */
export function endpointLinksPlugin(targets: ReadonlyMap<string, string>): HastPluginDefinition & { inputs: string } {
	return {
		name: 'margo:endpoint-links',
		// Astro hashes its config, plugin data included, to decide whether cached pages are stale.
		inputs: createHash('sha256')
			.update(JSON.stringify([...targets]))
			.digest('hex'),
		// Sätteri finds the inline code: only it is read into JavaScript, not the rest of each page.
		element: {
			filter: ['code'],
			visit(node: Readonly<Element>, ctx: HastVisitorContext) {
				const href = hrefOf(node, targets);
				if (href && !insideLinkOrBlock(node, ctx))
					ctx.replaceNode(node, {
						type: 'element',
						tagName: 'a',
						properties: { href, className: ['api-endpoint-link'] },
						children: [node as Element],
					});
			},
		},
	};
}

/** Code in a link already leads somewhere; code in a block (or in other code) is not prose. */
function insideLinkOrBlock(node: Readonly<Element>, ctx: HastVisitorContext): boolean {
	for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent))
		if (parent.tagName === 'a' || parent.tagName === 'pre' || parent.tagName === 'code') return true;
	return false;
}

function hrefOf(code: Readonly<Element>, targets: ReadonlyMap<string, string>): string | undefined {
	const [text] = code.children;
	if (code.children.length !== 1 || text?.type !== 'text') return undefined;
	const match = ENDPOINT.exec(text.value);
	if (!match) return undefined;
	return targets.get(`${match[1]} ${match[2]!.split('?')[0]}`);
}
